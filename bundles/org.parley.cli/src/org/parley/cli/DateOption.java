package org.parley.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/** A date given on the command line: a day ({@code 2027-02-01}) or an instant ({@code 2027-02-01T09:00:00Z}). */
final class DateOption {

	private DateOption() {
	}

	static LocalDate day(String option, String value) {
		try {
			return LocalDate.parse(value);
		} catch (DateTimeParseException e) {
			throw new UsageException(option + ": '" + value + "' is not a date (YYYY-MM-DD)", e);
		}
	}

	/** A day starts at midnight in the project's time zone. */
	static Instant instant(String option, String value, ZoneId zone) {
		try {
			return Instant.parse(value);
		} catch (DateTimeParseException notInstant) {
			return day(option, value).atStartOfDay(zone).toInstant();
		}
	}
}
