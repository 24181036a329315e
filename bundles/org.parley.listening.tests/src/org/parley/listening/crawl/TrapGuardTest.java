package org.parley.listening.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TrapGuardTest {

	private final TrapGuard guard = new TrapGuard(TrapGuard.Limits.defaults());

	@Test
	void letsOrdinaryUrlsIn() {
		assertThat(guard.refusal("http://forum.example/t/price-of-the-new-plan/1234?page=2")).isNull();
	}

	@Test
	void refusesPathsThatRepeatASegment() {
		assertThat(guard.refusal("http://site.example/a/b/a/b/a/b/page")).contains("repeated");
	}

	@Test
	void refusesPathsThatGrowTooDeep() {
		assertThat(guard.refusal("http://site.example" + "/x1/x2/x3/x4/x5/x6/x7/x8/x9/x10/x11/x12/x13/x14/x15/x16/x17"))
				.contains("path segments");
	}

	@Test
	void refusesAnExplosionOfQueryParameters() {
		assertThat(guard.refusal("http://site.example/s?a=1&b=2&c=3&d=4&e=5&f=6&g=7&h=8&i=9&j=10&k=11"))
				.contains("query parameters");
	}

	@Test
	void stopsAnEndlessRunOfUrlsThatDifferOnlyInNumbers() {
		TrapGuard small = new TrapGuard(new TrapGuard.Limits(1024, 16, 2, 10, 3));

		assertThat(small.refusal("http://site.example/calendar?month=2026-11")).isNull();
		assertThat(small.refusal("http://site.example/calendar?month=2026-12")).isNull();
		assertThat(small.refusal("http://site.example/calendar?month=2027-01")).isNull();
		assertThat(small.refusal("http://site.example/calendar?month=2027-02")).contains("more than 3 URLs shaped like");
		assertThat(small.refusal("http://site.example/other")).isNull();
	}
}
