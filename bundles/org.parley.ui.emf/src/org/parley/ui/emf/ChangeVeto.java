package org.parley.ui.emf;

import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Refuses a change a rule forbids, such as scheduling an item that breaks an error-level channel rule. Registered on
 * {@link ChangeCommands}, it is asked before every {@link ChangeCommands#set set}, from the details form, the
 * Properties view and the editors' own menus alike.
 */
@FunctionalInterface
public interface ChangeVeto {

	/** Why {@code object}'s {@code feature} may not become {@code value}; empty when it may. */
	Optional<String> refusal(EObject object, EStructuralFeature feature, Object value);
}
