package org.parley.core.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The cells of a month view: as many weeks of seven days as the month needs (four to six), each week starting
 * on the chosen first day of the week, days of the neighbouring months flagged as outside the month.
 * An occurrence sits on the day it starts on in the grid's zone.
 *
 * @param month          the month shown
 * @param firstDayOfWeek the day each row starts with
 * @param zone           the zone in which occurrences are placed on days
 * @param weeks          the rows, each of seven days
 */
public record MonthGrid(YearMonth month, DayOfWeek firstDayOfWeek, ZoneId zone, List<List<CalendarDay>> weeks) {

	/** Builds the grid from occurrences (those outside the visible days are left out). */
	public static MonthGrid of(YearMonth month, DayOfWeek firstDayOfWeek, ZoneId zone,
			Collection<Occurrence> occurrences) {
		List<CalendarDay> days = DayBuckets.days(firstVisibleDay(month, firstDayOfWeek),
				lastVisibleDay(month, firstDayOfWeek), zone, occurrences, day -> YearMonth.from(day).equals(month));
		List<List<CalendarDay>> weeks = new ArrayList<>();
		for (int i = 0; i < days.size(); i += 7) {
			weeks.add(List.copyOf(days.subList(i, i + 7)));
		}
		return new MonthGrid(month, firstDayOfWeek, zone, List.copyOf(weeks));
	}

	/** The first day the grid shows: the first day of the week on or before the 1st. */
	public static LocalDate firstVisibleDay(YearMonth month, DayOfWeek firstDayOfWeek) {
		return month.atDay(1).with(TemporalAdjusters.previousOrSame(firstDayOfWeek));
	}

	/** The last day the grid shows: the last day of the week on or after the month's last day. */
	public static LocalDate lastVisibleDay(YearMonth month, DayOfWeek firstDayOfWeek) {
		return month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(firstDayOfWeek.minus(1)));
	}

	/** The time the grid covers, from its first to its last visible day. */
	public static TimeRange visibleRange(YearMonth month, DayOfWeek firstDayOfWeek, ZoneId zone) {
		return TimeRange.ofDays(firstVisibleDay(month, firstDayOfWeek), lastVisibleDay(month, firstDayOfWeek), zone);
	}

	/** The cell of a visible day. */
	public CalendarDay day(LocalDate date) {
		return weeks.stream().flatMap(List::stream).filter(d -> d.date().equals(date)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException(date + " is not shown in the grid of " + month));
	}
}
