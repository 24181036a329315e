package org.parley.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class MonthGridTest {

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
	private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
	private final PlanFixture fixture = new PlanFixture(PARIS);

	@Test
	void mondayFirstGridOfMarch2026HasSixWeeksFromFebruary23() {
		MonthGrid grid = new PlanCalendar(fixture.plan).monthGrid(YearMonth.of(2026, 3), DayOfWeek.MONDAY, PARIS);

		assertThat(grid.weeks()).hasSize(6).allSatisfy(week -> assertThat(week).hasSize(7));
		assertThat(grid.weeks().get(0).get(0).date()).isEqualTo(LocalDate.of(2026, 2, 23));
		assertThat(grid.weeks().get(5).get(6).date()).isEqualTo(LocalDate.of(2026, 4, 5));
	}

	@Test
	void sundayFirstGridOfMarch2026HasFiveWeeks() {
		MonthGrid grid = new PlanCalendar(fixture.plan).monthGrid(YearMonth.of(2026, 3), DayOfWeek.SUNDAY, PARIS);

		assertThat(grid.weeks()).hasSize(5);
		assertThat(grid.weeks().get(0).get(0).date()).isEqualTo(LocalDate.of(2026, 3, 1));
	}

	@Test
	void daysOfNeighbouringMonthsAreFlaggedOutsideTheMonth() {
		MonthGrid grid = new PlanCalendar(fixture.plan).monthGrid(YearMonth.of(2026, 3), DayOfWeek.MONDAY, PARIS);

		assertThat(grid.day(LocalDate.of(2026, 2, 28)).inMonth()).isFalse();
		assertThat(grid.day(LocalDate.of(2026, 3, 1)).inMonth()).isTrue();
		assertThat(grid.day(LocalDate.of(2026, 4, 1)).inMonth()).isFalse();
	}

	@Test
	void occurrenceSitsOnTheDayItStartsOnInTheGridsZone() {
		fixture.item("Late New York post", LocalDateTime.of(2026, 3, 10, 23, 30), NEW_YORK);

		MonthGrid grid = new PlanCalendar(fixture.plan).monthGrid(YearMonth.of(2026, 3), DayOfWeek.MONDAY, PARIS);

		assertThat(grid.day(LocalDate.of(2026, 3, 10)).occurrences()).isEmpty();
		assertThat(grid.day(LocalDate.of(2026, 3, 11)).occurrences()).extracting(Occurrence::title)
				.containsExactly("Late New York post");
	}

	@Test
	void occurrencesOfADayAreInStartOrder() {
		fixture.item("Evening", LocalDateTime.of(2026, 3, 12, 19, 0), PARIS);
		fixture.item("Morning", LocalDateTime.of(2026, 3, 12, 8, 0), PARIS);

		MonthGrid grid = new PlanCalendar(fixture.plan).monthGrid(YearMonth.of(2026, 3), DayOfWeek.MONDAY, PARIS);

		assertThat(grid.day(LocalDate.of(2026, 3, 12)).occurrences()).extracting(Occurrence::title)
				.containsExactly("Morning", "Evening");
	}

	@Test
	void visibleNeighbouringDaysShowTheirOccurrences() {
		fixture.item("Early April", LocalDateTime.of(2026, 4, 2, 10, 0), PARIS);

		MonthGrid grid = new PlanCalendar(fixture.plan).monthGrid(YearMonth.of(2026, 3), DayOfWeek.MONDAY, PARIS);

		assertThat(grid.day(LocalDate.of(2026, 4, 2)).occurrences()).hasSize(1);
	}
}
