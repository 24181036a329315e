package org.parley.core.validation;

import org.eclipse.emf.common.util.URI;

/**
 * One problem validation found in a plan, as the command line and the Problems view show it.
 *
 * @param severity    how bad it is
 * @param ruleId      the stable id of the rule, such as {@code channel.text-too-long}
 * @param objectLabel a readable name of the object, such as {@code ContentItem "Summer sale teaser"}
 * @param objectUri   the object's URI ({@code EcoreUtil.getURI}), to find it again
 * @param message     the whole sentence, naming the object and what is wrong
 */
public record Finding(Severity severity, String ruleId, String objectLabel, URI objectUri, String message) {

	@Override
	public String toString() {
		return severity + " " + ruleId + ": " + message;
	}
}
