package org.parley.representation.calendar.filter;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.parley.core.calendar.PlanCalendar;
import org.parley.model.ContentItem;
import org.parley.model.ContentStatus;
import org.parley.model.ConversationCell;
import org.parley.model.Named;
import org.parley.model.Plan;
import org.parley.representation.calendar.CalendarFilter;
import org.parley.representation.calendar.edit.ItemEdits;

/**
 * The options each filter criterion offers for a plan, with counts faceted the usual way: an option's count is how
 * many items the filter would show with that option alone chosen for its criterion, the other criteria as they are.
 * Options of the plan that no item uses are listed too (count 0), so that the list does not jump while filtering;
 * an option the filter keeps but the plan no longer has stays listed, so that it can be unchecked.
 */
public final class FilterOptions {

	private final List<ContentItem> items;
	private final Plan plan;

	public FilterOptions(Plan plan) {
		this.plan = plan;
		this.items = new PlanCalendar(plan).items();
	}

	/** The options of {@code criterion} under {@code filter}, in the plan's order (statuses in workflow order). */
	public List<FilterOption> of(FilterCriterion criterion, CalendarFilter filter) {
		CalendarFilter others = criterion.with(filter, Set.of());
		Map<String, Integer> counts = new LinkedHashMap<>();
		Map<String, String> labels = new LinkedHashMap<>();
		for (Object value : candidates(criterion)) {
			labels.put(FilterCriterion.keyOf(value), label(value));
			counts.put(FilterCriterion.keyOf(value), 0);
		}
		for (ContentItem item : items) {
			if (!others.accepts(item)) {
				continue;
			}
			for (Object value : criterion.valuesOf(item)) {
				String key = FilterCriterion.keyOf(value);
				labels.putIfAbsent(key, label(value));
				counts.merge(key, 1, Integer::sum);
			}
		}
		for (String kept : criterion.selected(filter)) {
			labels.putIfAbsent(kept, "(missing " + kept + ")");
			counts.putIfAbsent(kept, 0);
		}
		List<FilterOption> options = new ArrayList<>();
		labels.forEach((key, label) -> options.add(new FilterOption(key, label, counts.get(key))));
		if (criterion != FilterCriterion.STATUS) {
			options.sort(Comparator.comparing(FilterOption::label, String.CASE_INSENSITIVE_ORDER));
		}
		return options;
	}

	/** How many items of the plan {@code filter} accepts. */
	public int count(CalendarFilter filter) {
		return (int) items.stream().filter(filter::accepts).count();
	}

	/** Every option the plan defines for the criterion, used or not. */
	private List<Object> candidates(FilterCriterion criterion) {
		List<Object> all = new ArrayList<>();
		switch (criterion) {
		case TEAM -> all.addAll(plan.getStrategy() == null ? List.of() : plan.getStrategy().getTeams());
		case CELL -> all.addAll(plan.getMatrix() == null ? List.of() : plan.getMatrix().getCells());
		case CUSTOMER_GROUP -> all.addAll(plan.getStrategy() == null ? List.of() : plan.getStrategy().getCustomerGroups());
		case CHANNEL -> all.addAll(plan.getChannels() == null ? List.of() : plan.getChannels().getChannels());
		case STATUS -> all.addAll(ContentStatus.VALUES);
		case CATEGORY -> all.addAll(plan.getStrategy() == null ? List.of() : plan.getStrategy().getContentCategories());
		case CAMPAIGN -> all.addAll(plan.getStrategy() == null ? List.of() : plan.getStrategy().getCampaigns());
		case ASSIGNEE -> {
			if (plan.getStrategy() != null) {
				plan.getStrategy().getTeams().forEach(team -> all.addAll(team.getMembers()));
			}
		}
		}
		return all;
	}

	/** What a user reads for an option. */
	public static String label(Object value) {
		if (value instanceof ContentStatus status) {
			return ItemEdits.statusName(status);
		}
		if (value instanceof ConversationCell cell) {
			return name(cell.getTeam()) + " / " + name(cell.getCustomerGroup());
		}
		return name((Named) value);
	}

	private static String name(Named named) {
		return named == null || named.getName() == null ? "?" : named.getName();
	}
}
