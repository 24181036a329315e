package org.parley.core.calendar;

import java.text.Collator;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.parley.model.ContentItem;
import org.parley.model.Plan;
import org.parley.model.Schedule;

/**
 * The calendar of a plan: its items across all monthly schedules and the backlog, their occurrences over a range,
 * the month and week grids, the backlog and the content mix. It reads the model and never changes it.
 */
public final class PlanCalendar {

	private final Plan plan;
	private final RecurrenceExpander expander = new RecurrenceExpander();

	/** A calendar over the plan's current content. */
	public PlanCalendar(Plan plan) {
		this.plan = plan;
	}

	/** Every content item of the plan, in schedule and item order. */
	public List<ContentItem> items() {
		List<ContentItem> items = new ArrayList<>();
		for (Schedule schedule : plan.getSchedules()) {
			items.addAll(schedule.getItems());
		}
		return items;
	}

	/** The zone the plan is planned in, UTC when it names none. */
	public ZoneId zone() {
		return ItemTime.planZone(plan);
	}

	/** All occurrences of all scheduled items touching {@code range}, by start, then title. */
	public List<Occurrence> occurrences(TimeRange range) {
		List<Occurrence> occurrences = new ArrayList<>();
		for (ContentItem item : items()) {
			occurrences.addAll(expander.expand(item, range));
		}
		occurrences.sort(Comparator.comparing((Occurrence o) -> o.start().toInstant())
				.thenComparing(o -> String.valueOf(o.title())));
		return occurrences;
	}

	/** The month grid, with occurrences placed on days in {@code zone}. */
	public MonthGrid monthGrid(YearMonth month, DayOfWeek firstDayOfWeek, ZoneId zone) {
		return MonthGrid.of(month, firstDayOfWeek, zone,
				occurrences(MonthGrid.visibleRange(month, firstDayOfWeek, zone)));
	}

	/** The grid of the week containing {@code day}, with occurrences placed on days in {@code zone}. */
	public WeekGrid weekGrid(LocalDate day, DayOfWeek firstDayOfWeek, ZoneId zone) {
		return WeekGrid.of(day, firstDayOfWeek, zone, occurrences(WeekGrid.visibleRange(day, firstDayOfWeek, zone)));
	}

	/**
	 * The unscheduled items (no {@code scheduledAt}), sorted by status in workflow order (ideas first), then by
	 * title (case- and accent-insensitive), then by id so that the order is stable.
	 */
	public List<ContentItem> backlog() {
		Collator collator = Collator.getInstance(Locale.ROOT);
		collator.setStrength(Collator.PRIMARY);
		return items().stream().filter(item -> !ItemTime.isScheduled(item))
				.sorted(Comparator.comparing(ContentItem::getStatus)
						.thenComparing(item -> item.getTitle() == null ? "" : item.getTitle(), collator)
						.thenComparing(ContentItem::getId, Comparator.nullsLast(Comparator.naturalOrder())))
				.toList();
	}

	/** The content mix over {@code range}, weeks taken in {@code zone}. */
	public ContentMix contentMix(TimeRange range, ZoneId zone) {
		return ContentMix.count(occurrences(range), zone);
	}
}
