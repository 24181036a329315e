package org.parley.listening.fetch;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Reads a {@code Retry-After} header, which gives either seconds to wait or an HTTP date to wait until. */
final class RetryAfter {

	private RetryAfter() {
	}

	/**
	 * @return how long to wait from {@code now}, never negative; {@code null} when the header is absent or unreadable
	 */
	static Duration parse(String value, Instant now) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = value.trim();
		if (text.chars().allMatch(Character::isDigit)) {
			try {
				return Duration.ofSeconds(Long.parseLong(text));
			} catch (NumberFormatException e) {
				// More digits than a long holds: as good as forever.
				return Duration.ofSeconds(Long.MAX_VALUE / 1_000_000_000L);
			}
		}
		try {
			Instant until = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
			Duration wait = Duration.between(now, until);
			return wait.isNegative() ? Duration.ZERO : wait;
		} catch (DateTimeParseException e) {
			return null;
		}
	}
}
