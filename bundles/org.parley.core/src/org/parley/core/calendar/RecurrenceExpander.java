package org.parley.core.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.parley.model.ContentItem;
import org.parley.model.OccurrenceOverride;
import org.parley.model.Recurrence;

/**
 * Expands a content item into its occurrences over a time range, with the semantics of an iCalendar RRULE
 * (RFC 5545) so that what the calendar shows and what the iCal export says agree.
 * <ul>
 * <li>The series starts at the item's {@code scheduledAt}, or for a weekly series whose weekdays do not include
 * that day, on the first of its weekdays after it (a Tuesday/Thursday series scheduled on a Monday starts on the
 * Tuesday): RFC 5545 leaves a DTSTART off the rule undefined, and calendar apps disagree on it.</li>
 * <li>Occurrences keep the wall-clock time of the first one in the item's zone across daylight-saving changes.
 * A time that does not exist (spring gap) moves later by the length of the gap; a time that exists twice
 * (autumn overlap) happens once, at the earlier offset (both as in {@link ZonedDateTime#of}).</li>
 * <li>Daily: every {@code interval} days. Weekly: every {@code interval} weeks (weeks start on Monday, as
 * RRULE's default WKST), on {@code weekdays} or on the first occurrence's day. Monthly: every {@code interval}
 * months on the first occurrence's day of the month; months without that day are skipped and not counted.</li>
 * <li>{@code count} and {@code until} bound the rule; exception dates and cancelled overrides then remove
 * occurrences without freeing their place in the count; other overrides move, retitle or reword one.</li>
 * </ul>
 */
public final class RecurrenceExpander {

	/** Guards against a runaway rule (a daily item started centuries ago). */
	private static final int MAX_RULE_DATES = 200_000;

	/**
	 * The occurrences of {@code item} that touch {@code range}, sorted by start; none for a backlog item.
	 */
	public List<Occurrence> expand(ContentItem item, TimeRange range) {
		if (!ItemTime.isScheduled(item)) {
			return List.of();
		}
		ZoneId zone = ItemTime.zoneOf(item);
		LocalTime time = item.getScheduledAt().toLocalTime();
		Duration duration = Duration.ofMinutes(Math.max(0, item.getDurationMinutes()));
		Map<LocalDate, OccurrenceOverride> overrides = overridesByDate(item.getRecurrence());
		Set<LocalDate> exceptions = item.getRecurrence() == null ? Set.of()
				: new HashSet<>(item.getRecurrence().getExceptionDates());

		// An override may move a far occurrence into the range, so the rule runs up to the latest override too.
		LocalDate bound = range.end().atZone(zone).toLocalDate().plusDays(1);
		for (LocalDate date : overrides.keySet()) {
			if (date.isAfter(bound)) {
				bound = date;
			}
		}
		List<Occurrence> result = new ArrayList<>();
		for (LocalDate date : ruleDates(item, bound)) {
			OccurrenceOverride override = overrides.get(date);
			if (exceptions.contains(date) || override != null && override.isCancelled()) {
				continue;
			}
			Occurrence occurrence = occurrence(item, date, date.atTime(time), zone, duration, override);
			if (range.overlaps(occurrence.start().toInstant(), occurrence.end().toInstant())) {
				result.add(occurrence);
			}
		}
		result.sort(Comparator.comparing((Occurrence o) -> o.start().toInstant()));
		return result;
	}

	/**
	 * The days the rule puts occurrences on, in order, up to {@code last} included; before exception dates and
	 * overrides apply. A non-recurring item has one day, that of its {@code scheduledAt}.
	 */
	public List<LocalDate> ruleDates(ContentItem item, LocalDate last) {
		if (!ItemTime.isScheduled(item)) {
			return List.of();
		}
		LocalDate first = item.getScheduledAt().toLocalDate();
		Recurrence rule = item.getRecurrence();
		LocalDate end = rule == null || rule.getUntil() == null || rule.getUntil().isAfter(last) ? last
				: rule.getUntil();
		if (first.isAfter(end)) {
			return List.of();
		}
		if (rule == null) {
			return List.of(first);
		}
		int limit = rule.getCount() > 0 ? Math.min(rule.getCount(), MAX_RULE_DATES) : MAX_RULE_DATES;
		int interval = Math.max(1, rule.getInterval());
		List<LocalDate> dates = new ArrayList<>();
		switch (rule.getFrequency()) {
		case DAILY -> {
			dates.add(first);
			daily(first, end, interval, limit, dates);
		}
		case WEEKLY -> weekly(first, end, interval, weekdays(rule, first), limit, dates);
		case MONTHLY -> {
			dates.add(first);
			monthly(first, end, interval, limit, dates);
		}
		}
		return dates;
	}

	/**
	 * The wall-clock start of the series: {@code scheduledAt}, moved to the first day of the rule when a weekly
	 * series does not run on the day of {@code scheduledAt}. Null in the backlog.
	 */
	public LocalDateTime seriesStart(ContentItem item) {
		if (!ItemTime.isScheduled(item)) {
			return null;
		}
		LocalDateTime scheduled = item.getScheduledAt();
		Recurrence rule = item.getRecurrence();
		if (rule == null || rule.getFrequency() != org.parley.model.Frequency.WEEKLY) {
			return scheduled;
		}
		// The rule's first day lies within the first week or in the week the interval leads to next.
		List<LocalDate> dates = ruleDates(item, scheduled.toLocalDate().plusWeeks(Math.max(1, rule.getInterval()) + 1L));
		return dates.isEmpty() ? scheduled : dates.get(0).atTime(scheduled.toLocalTime());
	}

	private static void daily(LocalDate first, LocalDate end, int interval, int limit, List<LocalDate> dates) {
		for (LocalDate d = first.plusDays(interval); !d.isAfter(end) && dates.size() < limit; d = d.plusDays(interval)) {
			dates.add(d);
		}
	}

	private static void weekly(LocalDate first, LocalDate end, int interval, Set<DayOfWeek> days, int limit,
			List<LocalDate> dates) {
		for (LocalDate monday = first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)); !monday.isAfter(end)
				&& dates.size() < limit; monday = monday.plusWeeks(interval)) {
			for (DayOfWeek day : days) {
				LocalDate d = monday.plusDays(day.ordinal());
				if (d.isAfter(end) || dates.size() >= limit) {
					return;
				}
				if (!d.isBefore(first)) {
					dates.add(d);
				}
			}
		}
	}

	private static void monthly(LocalDate first, LocalDate end, int interval, int limit, List<LocalDate> dates) {
		int dayOfMonth = first.getDayOfMonth();
		for (YearMonth month = YearMonth.from(first).plusMonths(interval); !month.atDay(1).isAfter(end)
				&& dates.size() < limit; month = month.plusMonths(interval)) {
			if (month.isValidDay(dayOfMonth)) {
				LocalDate d = month.atDay(dayOfMonth);
				if (d.isAfter(end)) {
					return;
				}
				dates.add(d);
			}
		}
	}

	private static Set<DayOfWeek> weekdays(Recurrence rule, LocalDate first) {
		// TreeSet: Monday first, the order the days come in within a week.
		Set<DayOfWeek> days = new TreeSet<>(rule.getWeekdays());
		if (days.isEmpty()) {
			days.add(first.getDayOfWeek());
		}
		return days;
	}

	private static Map<LocalDate, OccurrenceOverride> overridesByDate(Recurrence rule) {
		Map<LocalDate, OccurrenceOverride> overrides = new HashMap<>();
		if (rule != null) {
			for (OccurrenceOverride override : rule.getOverrides()) {
				if (override.getOriginalDate() != null) {
					overrides.put(override.getOriginalDate(), override);
				}
			}
		}
		return overrides;
	}

	private static Occurrence occurrence(ContentItem item, LocalDate date, LocalDateTime ruleTime, ZoneId zone,
			Duration duration, OccurrenceOverride override) {
		if (override == null) {
			ZonedDateTime start = ZonedDateTime.of(ruleTime, zone);
			return new Occurrence(item, date, start, start.plus(duration), item.getTitle(), item.getBody(), false);
		}
		LocalDateTime local = override.getScheduledAt() != null ? override.getScheduledAt() : ruleTime;
		ZonedDateTime start = ZonedDateTime.of(local, zone);
		return new Occurrence(item, date, start, start.plus(duration), orElse(override.getTitle(), item.getTitle()),
				orElse(override.getBody(), item.getBody()), true);
	}

	private static String orElse(String value, String fallback) {
		return value == null || value.isBlank() ? fallback : value;
	}
}
