package org.parley.representation.calendar;

import java.util.List;
import java.util.Set;

import org.parley.core.calendar.Occurrence;
import org.parley.core.calendar.PlanCalendar;
import org.parley.core.calendar.TimeRange;
import org.parley.model.ContentItem;

/**
 * What a calendar picture is made of: the plan's calendar, the filter, the findings for rule markers and the
 * selected items (drawn outlined).
 */
public record CalendarInput(PlanCalendar calendar, CalendarFilter filter, ItemFindings findings,
		Set<ContentItem> selected) {

	public CalendarInput {
		filter = filter == null ? CalendarFilter.ALL : filter;
		findings = findings == null ? ItemFindings.NONE : findings;
		selected = selected == null ? Set.of() : selected;
	}

	/** The occurrences in {@code range} of the items the filter accepts. */
	public List<Occurrence> occurrences(TimeRange range) {
		List<Occurrence> all = calendar.occurrences(range);
		return filter.isEmpty() ? all : all.stream().filter(o -> filter.accepts(o.item())).toList();
	}

	/** The backlog items the filter accepts. */
	public List<ContentItem> backlog() {
		return calendar.backlog().stream().filter(filter::accepts).toList();
	}

	/** Whether this occurrence is a later one of a series rather than the item itself. */
	public static boolean isProjected(Occurrence occurrence) {
		ContentItem item = occurrence.item();
		return item.getRecurrence() != null && item.getScheduledAt() != null
				&& !occurrence.originalDate().equals(item.getScheduledAt().toLocalDate());
	}
}
