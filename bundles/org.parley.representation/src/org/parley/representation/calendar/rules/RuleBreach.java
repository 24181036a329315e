package org.parley.representation.calendar.rules;

import org.eclipse.emf.ecore.EObject;

/**
 * An error-level rule an item (or one of its variants) would break once scheduled.
 *
 * @param ruleId  the rule's stable id ({@code channel.text-too-long})
 * @param message the finding's sentence, naming the object and what is wrong
 * @param object  the item or variant at fault, in the model
 * @param fix     what the user can do about it, in one sentence
 */
public record RuleBreach(String ruleId, String message, EObject object, String fix) {
}
