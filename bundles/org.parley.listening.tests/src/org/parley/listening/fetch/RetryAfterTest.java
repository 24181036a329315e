package org.parley.listening.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class RetryAfterTest {

	private static final Instant NOW = Instant.parse("2015-10-21T07:27:30Z");

	@Test
	void readsSeconds() {
		assertThat(RetryAfter.parse("120", NOW)).isEqualTo(Duration.ofSeconds(120));
	}

	@Test
	void readsAnHttpDateAsTheTimeUntilThen() {
		assertThat(RetryAfter.parse("Wed, 21 Oct 2015 07:28:00 GMT", NOW)).isEqualTo(Duration.ofSeconds(30));
	}

	@Test
	void treatsADateInThePastAsNoWait() {
		assertThat(RetryAfter.parse("Wed, 21 Oct 2015 07:00:00 GMT", NOW)).isEqualTo(Duration.ZERO);
	}

	@Test
	void ignoresWhatItCannotRead() {
		assertThat(RetryAfter.parse("soon", NOW)).isNull();
		assertThat(RetryAfter.parse(null, NOW)).isNull();
	}
}
