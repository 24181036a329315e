package org.parley.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.parley.model.Channel;
import org.parley.model.ContentCategory;
import org.parley.model.ContentItem;
import org.parley.model.ContentStatus;
import org.parley.model.ConversationCell;
import org.parley.model.Frequency;

class ContentMixTest {

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
	private final PlanFixture fixture = new PlanFixture(PARIS);
	private final Channel instagram = fixture.channel("Instagram");
	private final Channel linkedIn = fixture.channel("LinkedIn");
	private final ContentCategory learn = fixture.category("Learn & improve");
	private final ConversationCell cell = fixture.cell(fixture.team("Marketing"), fixture.group("Prospects"), null);

	private ContentMix marchMix() {
		return new PlanCalendar(fixture.plan)
				.contentMix(TimeRange.ofDays(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), PARIS), PARIS);
	}

	@Test
	void recurringItemCountsOncePerOccurrenceOnEachOfItsChannels() {
		ContentItem item = fixture.item("Weekly tip", LocalDateTime.of(2026, 3, 2, 9, 0), PARIS, instagram, linkedIn);
		fixture.repeat(item, Frequency.WEEKLY, 1);

		ContentMix mix = marchMix();

		assertThat(mix.total()).isEqualTo(5);
		assertThat(mix.perChannel()).containsExactly(entry(instagram, 5), entry(linkedIn, 5));
	}

	@Test
	void countsPerCellAndCategory() {
		ContentItem a = fixture.item("A", LocalDateTime.of(2026, 3, 2, 9, 0), PARIS, instagram);
		a.setCell(cell);
		a.setCategory(learn);
		ContentItem b = fixture.item("B", LocalDateTime.of(2026, 3, 3, 9, 0), PARIS, instagram);
		b.setCell(cell);

		ContentMix mix = marchMix();

		assertThat(mix.perCell()).containsExactly(entry(cell, 2));
		assertThat(mix.perCategory()).containsExactly(entry(learn, 1));
	}

	@Test
	void countsPerIsoWeekOfTheStartInTheGivenZone() {
		fixture.item("Sunday", LocalDateTime.of(2026, 3, 8, 20, 0), PARIS, instagram);
		fixture.item("Monday", LocalDateTime.of(2026, 3, 9, 9, 0), PARIS, instagram);
		fixture.item("Also Monday", LocalDateTime.of(2026, 3, 9, 10, 0), PARIS, instagram);

		assertThat(marchMix().perWeek()).containsExactly(entry(new IsoWeek(2026, 10), 1), entry(new IsoWeek(2026, 11), 2));
	}

	@Test
	void cancelledItemsAreNotCounted() {
		fixture.item("Cancelled", LocalDateTime.of(2026, 3, 2, 9, 0), PARIS, instagram)
				.setStatus(ContentStatus.CANCELLED);

		assertThat(marchMix().total()).isZero();
	}

	@Test
	void newYearsDayBelongsToTheLastIsoWeekOfTheYearBefore() {
		assertThat(IsoWeek.of(LocalDate.of(2027, 1, 1))).hasToString("2026-W53");
	}
}
