package org.parley.core.outline;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

/**
 * One node of a {@link PlanOutline}: a group such as "Calendar" or "Teams", or a model object.
 *
 * @param kind     what the node stands for, which decides its icon
 * @param key      identifies the node within its project across reloads (the object's id, or the group's path)
 * @param label    what the user reads
 * @param object   the model object, {@code null} for a group
 * @param children the nodes below, in the order shown
 */
public record OutlineNode(Kind kind, String key, String label, EObject object, List<OutlineNode> children) {

	/** What a node stands for. */
	public enum Kind {
		STRATEGY, BRANDS, BRAND, CHANNELS, CHANNEL, TEAMS, TEAM, MEMBER, CUSTOMER_GROUPS, CUSTOMER_GROUP, TOPICS,
		TOPIC, MATRIX, CELL, CALENDAR, MONTH, BACKLOG, ITEM, LISTENING, SOURCES, SOURCE, QUERIES, QUERY, MENTIONS;

		/** Whether the node groups others rather than standing for one model object. */
		public boolean isGroup() {
			return switch (this) {
			case STRATEGY, BRANDS, CHANNELS, TEAMS, CUSTOMER_GROUPS, TOPICS, MATRIX, CALENDAR, MONTH, BACKLOG, LISTENING,
					SOURCES, QUERIES, MENTIONS -> true;
			default -> false;
			};
		}
	}

	/** The child with this label, or {@code null}. */
	public OutlineNode child(String childLabel) {
		return children.stream().filter(c -> c.label().equals(childLabel)).findFirst().orElse(null);
	}
}
