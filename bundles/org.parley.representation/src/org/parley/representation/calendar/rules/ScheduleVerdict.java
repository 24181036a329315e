package org.parley.representation.calendar.rules;

import java.util.List;

import org.parley.model.ContentItem;

/** Whether an item may become scheduled, and when not, every rule that stops it. */
public record ScheduleVerdict(ContentItem item, List<RuleBreach> breaches) {

	public ScheduleVerdict {
		breaches = List.copyOf(breaches);
	}

	public boolean allowed() {
		return breaches.isEmpty();
	}

	/** The refusal as a user reads it: what cannot be scheduled, each broken rule and its fix; empty when allowed. */
	public String explanation() {
		if (allowed()) {
			return "";
		}
		StringBuilder text = new StringBuilder();
		text.append('"').append(item.getTitle() == null ? "(untitled)" : item.getTitle())
				.append("\" cannot be scheduled: it breaks ").append(breaches.size() == 1 ? "a rule" : breaches.size() + " rules")
				.append(" of level error.");
		for (RuleBreach breach : breaches) {
			text.append("\n\n• ").append(breach.message()).append(" [").append(breach.ruleId()).append("]\n  Fix: ")
					.append(breach.fix());
		}
		return text.toString();
	}
}
