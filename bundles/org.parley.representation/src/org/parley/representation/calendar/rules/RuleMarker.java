package org.parley.representation.calendar.rules;

import java.util.List;

import org.parley.core.validation.Finding;
import org.parley.core.validation.Severity;

/**
 * What the calendar shows on an item for the validation findings about it and its variants: the worst severity (the
 * marker's colour or icon) and a tooltip listing them, worst first.
 */
public record RuleMarker(Severity severity, List<Finding> findings) {

	public RuleMarker {
		findings = List.copyOf(findings);
	}

	/** One line per finding: "Error: &lt;message&gt; [rule id]". */
	public String tooltip() {
		StringBuilder text = new StringBuilder();
		for (Finding finding : findings) {
			if (!text.isEmpty()) {
				text.append('\n');
			}
			String level = finding.severity().name().charAt(0) + finding.severity().name().substring(1).toLowerCase(java.util.Locale.ROOT);
			text.append(level).append(": ").append(finding.message()).append(" [").append(finding.ruleId()).append(']');
		}
		return text.toString();
	}
}
