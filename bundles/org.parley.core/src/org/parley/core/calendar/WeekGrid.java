package org.parley.core.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.List;

/**
 * The seven day cells of a week view, starting on the chosen first day of the week.
 *
 * @param firstDay the first day shown
 * @param zone     the zone in which occurrences are placed on days
 * @param days     the seven days
 */
public record WeekGrid(LocalDate firstDay, ZoneId zone, List<CalendarDay> days) {

	/** Builds the grid of the week that contains {@code day}. */
	public static WeekGrid of(LocalDate day, DayOfWeek firstDayOfWeek, ZoneId zone, Collection<Occurrence> occurrences) {
		LocalDate first = firstDay(day, firstDayOfWeek);
		return new WeekGrid(first, zone, DayBuckets.days(first, first.plusDays(6), zone, occurrences, d -> true));
	}

	/** The first day of the week containing {@code day}. */
	public static LocalDate firstDay(LocalDate day, DayOfWeek firstDayOfWeek) {
		return day.with(TemporalAdjusters.previousOrSame(firstDayOfWeek));
	}

	/** The time the week covers. */
	public static TimeRange visibleRange(LocalDate day, DayOfWeek firstDayOfWeek, ZoneId zone) {
		LocalDate first = firstDay(day, firstDayOfWeek);
		return TimeRange.ofDays(first, first.plusDays(6), zone);
	}
}
