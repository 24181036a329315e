package org.parley.core.calendar;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Comparator;

/**
 * An ISO-8601 week (weeks start on Monday; week 1 holds the year's first Thursday), shown as {@code 2026-W03}.
 *
 * @param year the week-based year, which differs from the calendar year around New Year
 * @param week the week of that year, 1 to 53
 */
public record IsoWeek(int year, int week) implements Comparable<IsoWeek> {

	private static final Comparator<IsoWeek> ORDER = Comparator.comparingInt(IsoWeek::year)
			.thenComparingInt(IsoWeek::week);

	/** The week a day belongs to. */
	public static IsoWeek of(LocalDate day) {
		return new IsoWeek(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
	}

	@Override
	public int compareTo(IsoWeek other) {
		return ORDER.compare(this, other);
	}

	@Override
	public String toString() {
		return String.format("%04d-W%02d", year, week);
	}
}
