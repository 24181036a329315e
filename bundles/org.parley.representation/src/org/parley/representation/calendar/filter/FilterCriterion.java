package org.parley.representation.calendar.filter;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.parley.model.ChannelVariant;
import org.parley.model.ContentItem;
import org.parley.model.ContentStatus;
import org.parley.model.ConversationCell;
import org.parley.model.Identified;
import org.parley.representation.calendar.CalendarFilter;

/**
 * One criterion of a {@link CalendarFilter}: what it reads on an item, and how it is read from and written into a
 * filter. Options are keyed by model object id, statuses by their literal ({@code SCHEDULED}).
 */
public enum FilterCriterion {
	TEAM("Team", "teams"), CELL("Cell", "cells"), CUSTOMER_GROUP("Customer group", "customerGroups"),
	CHANNEL("Channel", "channels"), STATUS("Status", "statuses"), CATEGORY("Category", "categories"),
	CAMPAIGN("Campaign", "campaigns"), ASSIGNEE("Assignee", "assignees");

	private final String label;
	private final String componentName;

	FilterCriterion(String label, String componentName) {
		this.label = label;
		this.componentName = componentName;
	}

	/** The name of the filter's record component this criterion is ({@code customerGroups}). */
	public String componentName() {
		return componentName;
	}

	/** The name a user knows the criterion by ("Customer group"). */
	public String label() {
		return label;
	}

	/** The options an item has for this criterion: the model objects (or the status) it would be filtered by. */
	public List<Object> valuesOf(ContentItem item) {
		ConversationCell cell = item.getCell();
		return switch (this) {
		case TEAM -> one(cell == null ? null : cell.getTeam());
		case CELL -> one(cell);
		case CUSTOMER_GROUP -> one(cell == null ? null : cell.getCustomerGroup());
		case CHANNEL -> channels(item);
		case STATUS -> one(item.getStatus());
		case CATEGORY -> one(item.getCategory());
		case CAMPAIGN -> one(item.getCampaign());
		case ASSIGNEE -> one(item.getAssignee());
		};
	}

	/** The key of an option: the id of a model object, the literal of a status. */
	public static String keyOf(Object value) {
		return value instanceof ContentStatus status ? status.getName() : ((Identified) value).getId();
	}

	/** The keys this criterion of {@code filter} accepts; empty for all. */
	public Set<String> selected(CalendarFilter filter) {
		return switch (this) {
		case TEAM -> filter.teams();
		case CELL -> filter.cells();
		case CUSTOMER_GROUP -> filter.customerGroups();
		case CHANNEL -> filter.channels();
		case STATUS -> filter.statuses().stream().map(ContentStatus::getName).collect(Collectors.toSet());
		case CATEGORY -> filter.categories();
		case CAMPAIGN -> filter.campaigns();
		case ASSIGNEE -> filter.assignees();
		};
	}

	/** {@code filter} with this criterion accepting {@code keys} (empty for all), the other criteria kept. */
	public CalendarFilter with(CalendarFilter filter, Set<String> keys) {
		return switch (this) {
		case TEAM -> filter.withTeams(keys);
		case CELL -> filter.withCells(keys);
		case CUSTOMER_GROUP -> filter.withCustomerGroups(keys);
		case CHANNEL -> filter.withChannels(keys);
		case STATUS -> filter.withStatuses(statuses(keys));
		case CATEGORY -> filter.withCategories(keys);
		case CAMPAIGN -> filter.withCampaigns(keys);
		case ASSIGNEE -> filter.withAssignees(keys);
		};
	}

	/** The statuses named by their literals. */
	public static Set<ContentStatus> statuses(Set<String> literals) {
		Set<ContentStatus> statuses = EnumSet.noneOf(ContentStatus.class);
		for (String literal : literals) {
			ContentStatus status = ContentStatus.get(literal.toUpperCase(Locale.ROOT));
			if (status == null) {
				throw new IllegalArgumentException("No content status " + literal);
			}
			statuses.add(status);
		}
		return statuses;
	}

	private static List<Object> one(Object value) {
		return value == null ? List.of() : List.of(value);
	}

	private static List<Object> channels(ContentItem item) {
		List<Object> channels = new ArrayList<>();
		for (ChannelVariant variant : item.getVariants()) {
			if (variant.getChannel() != null && !channels.contains(variant.getChannel())) {
				channels.add(variant.getChannel());
			}
		}
		return channels;
	}
}
