package org.parley.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.parley.model.ContentItem;
import org.parley.model.ContentStatus;

class PlanCalendarTest {

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
	private final PlanFixture fixture = new PlanFixture(PARIS);

	@Test
	void backlogListsUnscheduledItemsByStatusThenTitle() {
		ContentItem approved = fixture.item("Zebra campaign", null, null);
		approved.setStatus(ContentStatus.APPROVED);
		ContentItem draftB = fixture.item("beta post", null, null);
		draftB.setStatus(ContentStatus.DRAFT);
		ContentItem draftA = fixture.item("Alpha post", null, null);
		draftA.setStatus(ContentStatus.DRAFT);
		ContentItem idea = fixture.item("Yet another idea", null, null);
		fixture.item("Scheduled", LocalDateTime.of(2026, 3, 3, 9, 0), PARIS);

		assertThat(new PlanCalendar(fixture.plan).backlog()).containsExactly(idea, draftA, draftB, approved);
	}

	@Test
	void itemWithATimeButNoZoneIsReadInThePlansZone() {
		fixture.item("Zone-less", LocalDateTime.of(2026, 3, 3, 9, 0), null);

		assertThat(new PlanCalendar(fixture.plan).occurrences(TimeRange.ofDays(LocalDate.of(2026, 3, 3),
				LocalDate.of(2026, 3, 3), PARIS))).singleElement()
				.satisfies(o -> assertThat(o.start().getZone()).isEqualTo(PARIS));
	}

	@Test
	void occurrencesOfAllItemsComeInStartOrder() {
		// By the clock on the wall New York's 08:00 comes first, but it is 13:00 UTC against Paris's 11:00 UTC.
		fixture.item("New York at eight", LocalDateTime.of(2026, 3, 3, 8, 0), ZoneId.of("America/New_York"));
		fixture.item("Paris at noon", LocalDateTime.of(2026, 3, 3, 12, 0), PARIS);

		assertThat(new PlanCalendar(fixture.plan).occurrences(TimeRange.ofDays(LocalDate.of(2026, 3, 1),
				LocalDate.of(2026, 3, 31), PARIS))).extracting(Occurrence::title).containsExactly("Paris at noon", "New York at eight");
	}
}
