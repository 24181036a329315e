package org.parley.core.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A half-open span of time {@code [start, end)} over which the calendar expands and counts occurrences.
 *
 * @param start the first instant included
 * @param end   the first instant no longer included
 */
public record TimeRange(Instant start, Instant end) {

	/** Checks that the range is not inverted. */
	public TimeRange {
		Objects.requireNonNull(start, "start");
		Objects.requireNonNull(end, "end");
		if (end.isBefore(start)) {
			throw new IllegalArgumentException("Time range ends (" + end + ") before it starts (" + start + ")");
		}
	}

	/** The whole days from {@code first} to {@code last} (both included), as they fall in {@code zone}. */
	public static TimeRange ofDays(LocalDate first, LocalDate last, ZoneId zone) {
		return new TimeRange(first.atStartOfDay(zone).toInstant(), last.plusDays(1).atStartOfDay(zone).toInstant());
	}

	/** The days of one month, as they fall in {@code zone}. */
	public static TimeRange ofMonth(YearMonth month, ZoneId zone) {
		return ofDays(month.atDay(1), month.atEndOfMonth(), zone);
	}

	/** Whether the instant lies in the range. */
	public boolean contains(Instant instant) {
		return !instant.isBefore(start) && instant.isBefore(end);
	}

	/**
	 * Whether something from {@code from} to {@code to} touches the range; a moment ({@code from == to})
	 * touches it when the range contains it.
	 */
	public boolean overlaps(Instant from, Instant to) {
		if (!to.isAfter(from)) {
			return contains(from);
		}
		return from.isBefore(end) && to.isAfter(start);
	}
}
