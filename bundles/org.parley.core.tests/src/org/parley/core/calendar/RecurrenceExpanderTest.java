package org.parley.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.DayOfWeek;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.parley.model.ContentItem;
import org.parley.model.Frequency;
import org.parley.model.OccurrenceOverride;
import org.parley.model.Recurrence;

class RecurrenceExpanderTest {

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
	private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	private final PlanFixture fixture = new PlanFixture(PARIS);
	private final RecurrenceExpander expander = new RecurrenceExpander();

	private List<Occurrence> expand(ContentItem item, LocalDate first, LocalDate last, ZoneId zone) {
		return expander.expand(item, TimeRange.ofDays(first, last, zone));
	}

	@Test
	void weeklyPostStaysAtNineParisTimeAcrossTheMarchChange() {
		ContentItem item = fixture.item("Weekly tip", LocalDateTime.of(2026, 3, 16, 9, 0), PARIS);
		fixture.repeat(item, Frequency.WEEKLY, 1);

		List<Occurrence> occurrences = expand(item, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 14), PARIS);

		assertThat(occurrences).extracting(o -> o.start().toLocalDate()).containsExactly(LocalDate.of(2026, 3, 16),
				LocalDate.of(2026, 3, 23), LocalDate.of(2026, 3, 30), LocalDate.of(2026, 4, 6),
				LocalDate.of(2026, 4, 13));
		assertThat(occurrences).extracting(o -> o.start().toLocalTime()).containsOnly(LocalTime.of(9, 0));
		assertThat(occurrences).extracting(o -> o.start().getOffset()).containsExactly(ZoneOffset.ofHours(1),
				ZoneOffset.ofHours(1), ZoneOffset.ofHours(2), ZoneOffset.ofHours(2), ZoneOffset.ofHours(2));
	}

	@Test
	void weeklyPostStaysAtNineParisTimeAcrossTheOctoberChange() {
		ContentItem item = fixture.item("Weekly tip", LocalDateTime.of(2026, 10, 12, 9, 0), PARIS);
		fixture.repeat(item, Frequency.WEEKLY, 1);

		List<Occurrence> occurrences = expand(item, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 8), PARIS);

		assertThat(occurrences).extracting(o -> o.start().toLocalDateTime()).containsExactly(
				LocalDateTime.of(2026, 10, 12, 9, 0), LocalDateTime.of(2026, 10, 19, 9, 0),
				LocalDateTime.of(2026, 10, 26, 9, 0), LocalDateTime.of(2026, 11, 2, 9, 0));
		assertThat(occurrences.get(2).start().getOffset()).isEqualTo(ZoneOffset.ofHours(1));
	}

	@Test
	void dailyPostInTheSpringGapShiftsForwardOnceAndSkipsNoDay() {
		ContentItem item = fixture.item("Night post", LocalDateTime.of(2026, 3, 6, 2, 30), NEW_YORK);
		fixture.repeat(item, Frequency.DAILY, 1);

		List<Occurrence> occurrences = expand(item, LocalDate.of(2026, 3, 6), LocalDate.of(2026, 3, 9), NEW_YORK);

		assertThat(occurrences).extracting(o -> o.start().toLocalDateTime()).containsExactly(
				LocalDateTime.of(2026, 3, 6, 2, 30), LocalDateTime.of(2026, 3, 7, 2, 30),
				LocalDateTime.of(2026, 3, 8, 3, 30), LocalDateTime.of(2026, 3, 9, 2, 30));
	}

	@Test
	void dailyPostInTheAutumnOverlapHappensOnceAtTheEarlierOffset() {
		ContentItem item = fixture.item("Night post", LocalDateTime.of(2026, 10, 30, 1, 30), NEW_YORK);
		fixture.repeat(item, Frequency.DAILY, 1);

		List<Occurrence> occurrences = expand(item, LocalDate.of(2026, 10, 30), LocalDate.of(2026, 11, 2), NEW_YORK);

		assertThat(occurrences).extracting(o -> o.start().toLocalDate()).containsExactly(LocalDate.of(2026, 10, 30),
				LocalDate.of(2026, 10, 31), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 2));
		assertThat(occurrences.get(2).start().getOffset()).isEqualTo(ZoneOffset.ofHours(-4));
	}

	@Test
	void exceptionDatesRemoveOccurrencesWithoutExtendingTheCount() {
		ContentItem item = fixture.item("Weekly tip", LocalDateTime.of(2026, 3, 2, 9, 0), PARIS);
		Recurrence recurrence = fixture.repeat(item, Frequency.WEEKLY, 1);
		recurrence.setCount(4);
		recurrence.getExceptionDates().add(LocalDate.of(2026, 3, 9));

		List<Occurrence> occurrences = expand(item, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 6, 1), PARIS);

		assertThat(occurrences).extracting(Occurrence::originalDate).containsExactly(LocalDate.of(2026, 3, 2),
				LocalDate.of(2026, 3, 16), LocalDate.of(2026, 3, 23));
	}

	@Test
	void cancelledOverrideRemovesItsOccurrence() {
		ContentItem item = fixture.item("Weekly tip", LocalDateTime.of(2026, 3, 2, 9, 0), PARIS);
		Recurrence recurrence = fixture.repeat(item, Frequency.WEEKLY, 1);
		fixture.override(recurrence, LocalDate.of(2026, 3, 9)).setCancelled(true);

		List<Occurrence> occurrences = expand(item, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 17), PARIS);

		assertThat(occurrences).extracting(Occurrence::originalDate).containsExactly(LocalDate.of(2026, 3, 2),
				LocalDate.of(2026, 3, 16));
	}

	@Test
	void movedAndRetitledOverrideKeepsItsOriginalDate() {
		ContentItem item = fixture.item("Weekly tip", LocalDateTime.of(2026, 3, 2, 9, 0), PARIS);
		Recurrence recurrence = fixture.repeat(item, Frequency.WEEKLY, 1);
		OccurrenceOverride override = fixture.override(recurrence, LocalDate.of(2026, 3, 9));
		override.setScheduledAt(LocalDateTime.of(2026, 3, 10, 14, 0));
		override.setTitle("Tip of the week: spring edition");

		List<Occurrence> occurrences = expand(item, LocalDate.of(2026, 3, 8), LocalDate.of(2026, 3, 12), PARIS);

		assertThat(occurrences).singleElement().satisfies(o -> {
			assertThat(o.originalDate()).isEqualTo(LocalDate.of(2026, 3, 9));
			assertThat(o.start().toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 3, 10, 14, 0));
			assertThat(o.title()).isEqualTo("Tip of the week: spring edition");
			assertThat(o.overridden()).isTrue();
		});
	}

	@Test
	void occurrenceMovedIntoTheRangeFromALaterWeekIsFound() {
		ContentItem item = fixture.item("Weekly tip", LocalDateTime.of(2026, 3, 2, 9, 0), PARIS);
		Recurrence recurrence = fixture.repeat(item, Frequency.WEEKLY, 1);
		fixture.override(recurrence, LocalDate.of(2026, 6, 1)).setScheduledAt(LocalDateTime.of(2026, 3, 4, 9, 0));

		List<Occurrence> occurrences = expand(item, LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 5), PARIS);

		assertThat(occurrences).extracting(Occurrence::originalDate).containsExactly(LocalDate.of(2026, 6, 1));
	}

	@Test
	void untilIncludesItsDay() {
		ContentItem item = fixture.item("Daily", LocalDateTime.of(2026, 3, 2, 18, 0), PARIS);
		fixture.repeat(item, Frequency.DAILY, 2).setUntil(LocalDate.of(2026, 3, 8));

		List<Occurrence> occurrences = expand(item, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), PARIS);

		assertThat(occurrences).extracting(Occurrence::originalDate).containsExactly(LocalDate.of(2026, 3, 2),
				LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 6), LocalDate.of(2026, 3, 8));
	}

	@Test
	void everyOtherWeekOnMondayAndThursday() {
		ContentItem item = fixture.item("Twice a fortnight", LocalDateTime.of(2026, 3, 2, 9, 0), PARIS);
		Recurrence recurrence = fixture.repeat(item, Frequency.WEEKLY, 2);
		recurrence.getWeekdays().addAll(List.of(DayOfWeek.THURSDAY, DayOfWeek.MONDAY));

		List<Occurrence> occurrences = expand(item, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 5), PARIS);

		assertThat(occurrences).extracting(Occurrence::originalDate).containsExactly(LocalDate.of(2026, 3, 2),
				LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 16), LocalDate.of(2026, 3, 19),
				LocalDate.of(2026, 3, 30), LocalDate.of(2026, 4, 2));
	}

	@Test
	void weeklySeriesScheduledOffItsWeekdaysStartsOnItsFirstWeekday() {
		// 2026-03-05 is a Thursday; the series runs every other week on Mondays and Tuesdays.
		ContentItem item = fixture.item("Fortnightly", LocalDateTime.of(2026, 3, 5, 9, 0), PARIS);
		Recurrence recurrence = fixture.repeat(item, Frequency.WEEKLY, 2);
		recurrence.getWeekdays().addAll(List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY));
		recurrence.setCount(3);

		List<Occurrence> occurrences = expand(item, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 30), PARIS);

		assertThat(occurrences).extracting(Occurrence::originalDate).containsExactly(LocalDate.of(2026, 3, 16),
				LocalDate.of(2026, 3, 17), LocalDate.of(2026, 3, 30));
		assertThat(expander.seriesStart(item)).isEqualTo(LocalDateTime.of(2026, 3, 16, 9, 0));
	}

	@Test
	void monthlyOnThe31stSkipsMonthsWithoutIt() {
		ContentItem item = fixture.item("Month-end report", LocalDateTime.of(2026, 1, 31, 17, 0), PARIS);
		fixture.repeat(item, Frequency.MONTHLY, 1).setCount(4);

		List<Occurrence> occurrences = expand(item, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), PARIS);

		assertThat(occurrences).extracting(Occurrence::originalDate).containsExactly(LocalDate.of(2026, 1, 31),
				LocalDate.of(2026, 3, 31), LocalDate.of(2026, 5, 31), LocalDate.of(2026, 7, 31));
	}

	@Test
	void singleItemLastsItsDuration() {
		ContentItem item = fixture.item("Live Q&A", LocalDateTime.of(2026, 3, 12, 18, 0), PARIS);
		item.setDurationMinutes(45);

		List<Occurrence> occurrences = expand(item, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), PARIS);

		assertThat(occurrences).singleElement()
				.satisfies(o -> assertThat(o.end()).isEqualTo(o.start().plusMinutes(45)));
	}

	@Test
	void itemStartingExactlyAtTheEndOfTheRangeIsOutsideIt() {
		ContentItem item = fixture.item("Midnight", LocalDateTime.of(2026, 3, 13, 0, 0), PARIS);

		assertThat(expand(item, LocalDate.of(2026, 3, 12), LocalDate.of(2026, 3, 12), PARIS)).isEmpty();
	}

	@Test
	void backlogItemHasNoOccurrence() {
		ContentItem item = fixture.item("Someday", null, null);

		assertThat(expand(item, LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1), PARIS)).isEmpty();
	}
}
