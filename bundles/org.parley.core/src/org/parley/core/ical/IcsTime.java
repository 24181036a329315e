package org.parley.core.ical;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Formats date-times as iCalendar values: local time with a TZID for region zones, UTC ({@code Z}) for fixed
 * offsets, which need no VTIMEZONE.
 */
final class IcsTime {

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

	private IcsTime() {
	}

	/** Whether times in the zone are written with a TZID (and a VTIMEZONE). */
	static boolean usesTzid(ZoneId zone) {
		return !(zone.normalized() instanceof ZoneOffset);
	}

	static String local(LocalDateTime time) {
		return LOCAL.format(time.truncatedTo(ChronoUnit.SECONDS));
	}

	static String utc(Instant instant) {
		return local(LocalDateTime.ofInstant(instant, ZoneOffset.UTC)) + "Z";
	}

	/** The parameter part for a date-time in {@code zone}: {@code ;TZID=...} or nothing. */
	static String tzidParameter(ZoneId zone) {
		return usesTzid(zone) ? ";TZID=" + zone.getId() : "";
	}

	/** A date-time value for a wall-clock time in {@code zone}, matching {@link #tzidParameter(ZoneId)}. */
	static String value(LocalDateTime wallClock, ZoneId zone) {
		return usesTzid(zone) ? local(wallClock) : utc(wallClock.atZone(zone).toInstant());
	}
}
