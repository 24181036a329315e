package org.parley.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.parley.model.ContentItem;
import org.parley.model.Frequency;

class WeekGridTest {

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
	private final PlanFixture fixture = new PlanFixture(PARIS);

	@Test
	void weekStartsOnTheChosenDayBeforeTheGivenDay() {
		WeekGrid grid = new PlanCalendar(fixture.plan).weekGrid(LocalDate.of(2026, 3, 11), DayOfWeek.SUNDAY, PARIS);

		assertThat(grid.days()).extracting(CalendarDay::date).first().isEqualTo(LocalDate.of(2026, 3, 8));
		assertThat(grid.days()).hasSize(7).last().extracting(CalendarDay::date).isEqualTo(LocalDate.of(2026, 3, 14));
	}

	@Test
	void dailyItemAppearsOnEveryDayOfTheWeekOfTheSpringChange() {
		ContentItem item = fixture.item("Daily", LocalDateTime.of(2026, 3, 1, 2, 30), PARIS);
		fixture.repeat(item, Frequency.DAILY, 1);

		WeekGrid grid = new PlanCalendar(fixture.plan).weekGrid(LocalDate.of(2026, 3, 25), DayOfWeek.MONDAY, PARIS);

		assertThat(grid.days()).allSatisfy(day -> assertThat(day.occurrences()).hasSize(1));
	}
}
