package org.parley.representation.calendar;

import java.util.EnumSet;
import java.util.Set;

import org.parley.model.ChannelVariant;
import org.parley.model.ContentItem;
import org.parley.model.ContentStatus;
import org.parley.model.ConversationCell;
import org.parley.model.Identified;

/**
 * Which content items the calendar shows. Each criterion is a set of model object ids (or statuses); an empty set
 * accepts everything, a non-empty one accepts an item that matches one of its members, and an item must pass every
 * criterion. Teams and customer groups are those of the item's cell; channels those of its variants.
 */
public record CalendarFilter(Set<String> teams, Set<String> cells, Set<String> customerGroups, Set<String> channels,
		Set<ContentStatus> statuses, Set<String> categories, Set<String> campaigns, Set<String> assignees) {

	/** Accepts every item. */
	public static final CalendarFilter ALL = new CalendarFilter(Set.of(), Set.of(), Set.of(), Set.of(),
			Set.of(), Set.of(), Set.of(), Set.of());

	public CalendarFilter {
		teams = Set.copyOf(teams);
		cells = Set.copyOf(cells);
		customerGroups = Set.copyOf(customerGroups);
		channels = Set.copyOf(channels);
		statuses = statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
		categories = Set.copyOf(categories);
		campaigns = Set.copyOf(campaigns);
		assignees = Set.copyOf(assignees);
	}

	public boolean accepts(ContentItem item) {
		ConversationCell cell = item.getCell();
		return matches(cells, cell) && matches(teams, cell == null ? null : cell.getTeam())
				&& matches(customerGroups, cell == null ? null : cell.getCustomerGroup())
				&& (statuses.isEmpty() || statuses.contains(item.getStatus()))
				&& matches(categories, item.getCategory()) && matches(campaigns, item.getCampaign())
				&& matches(assignees, item.getAssignee()) && matchesChannel(item);
	}

	/** Whether this filter lets everything through. */
	public boolean isEmpty() {
		return equals(ALL);
	}

	public CalendarFilter withChannels(Set<String> ids) {
		return new CalendarFilter(teams, cells, customerGroups, ids, statuses, categories, campaigns, assignees);
	}

	public CalendarFilter withCells(Set<String> ids) {
		return new CalendarFilter(teams, ids, customerGroups, channels, statuses, categories, campaigns, assignees);
	}

	public CalendarFilter withStatuses(Set<ContentStatus> chosen) {
		return new CalendarFilter(teams, cells, customerGroups, channels, chosen, categories, campaigns, assignees);
	}

	public CalendarFilter withTeams(Set<String> ids) {
		return new CalendarFilter(ids, cells, customerGroups, channels, statuses, categories, campaigns, assignees);
	}

	public CalendarFilter withCustomerGroups(Set<String> ids) {
		return new CalendarFilter(teams, cells, ids, channels, statuses, categories, campaigns, assignees);
	}

	public CalendarFilter withCategories(Set<String> ids) {
		return new CalendarFilter(teams, cells, customerGroups, channels, statuses, ids, campaigns, assignees);
	}

	public CalendarFilter withCampaigns(Set<String> ids) {
		return new CalendarFilter(teams, cells, customerGroups, channels, statuses, categories, ids, assignees);
	}

	public CalendarFilter withAssignees(Set<String> ids) {
		return new CalendarFilter(teams, cells, customerGroups, channels, statuses, categories, campaigns, ids);
	}

	private boolean matchesChannel(ContentItem item) {
		if (channels.isEmpty()) {
			return true;
		}
		for (ChannelVariant variant : item.getVariants()) {
			if (variant.getChannel() != null && channels.contains(variant.getChannel().getId())) {
				return true;
			}
		}
		return false;
	}

	private static boolean matches(Set<String> ids, Identified object) {
		return ids.isEmpty() || object != null && ids.contains(object.getId());
	}
}
