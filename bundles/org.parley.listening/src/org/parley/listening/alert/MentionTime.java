package org.parley.listening.alert;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import org.parley.listening.store.Mention;

/**
 * When a mention was said: its post date, else when it was fetched. Dates without an offset are read in the
 * project's time zone.
 */
public final class MentionTime {

	private MentionTime() {
	}

	/** @return null when neither date reads as ISO-8601 */
	public static Instant of(Mention mention, ZoneId zone) {
		Instant posted = parse(mention.date(), zone);
		return posted != null ? posted : parse(mention.fetchedAt(), zone);
	}

	static Instant parse(String iso, ZoneId zone) {
		if (iso == null || iso.isBlank()) {
			return null;
		}
		try {
			return OffsetDateTime.parse(iso).toInstant();
		} catch (DateTimeParseException notOffset) {
			// fall through to the zone-less forms
		}
		try {
			return Instant.parse(iso);
		} catch (DateTimeParseException notInstant) {
			// fall through
		}
		try {
			return LocalDateTime.parse(iso).atZone(zone).toInstant();
		} catch (DateTimeParseException notLocal) {
			// fall through
		}
		try {
			return LocalDate.parse(iso.length() >= 10 ? iso.substring(0, 10) : iso).atStartOfDay(zone).toInstant();
		} catch (DateTimeParseException notDate) {
			return null;
		}
	}
}
