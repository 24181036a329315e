package org.parley.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.parley.model.Channel;
import org.parley.model.ContentItem;
import org.parley.model.ContentStatus;

class ReschedulerTest {

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
	private final PlanFixture fixture = new PlanFixture(PARIS);
	private final Channel instagram = fixture.channel("Instagram");
	private final Channel linkedIn = fixture.channel("LinkedIn");
	private final Rescheduler rescheduler = new Rescheduler(new PlanCalendar(fixture.plan));

	private static LocalDateTime march(int day, int hour) {
		return LocalDateTime.of(2026, 3, day, hour, 0);
	}

	private static void run(List<ScheduleChange> changes) {
		new ScheduleChangeCommand("Move", changes).execute();
	}

	@Test
	void reschedulingMovesTheItemToAnotherMonth() {
		ContentItem item = fixture.item("Teaser", march(20, 9), PARIS, instagram);

		run(List.of(rescheduler.reschedule(item, LocalDateTime.of(2026, 4, 2, 11, 0))));

		assertThat(item.getScheduledAt()).isEqualTo(LocalDateTime.of(2026, 4, 2, 11, 0));
	}

	@Test
	void reschedulingABacklogItemGivesItThePlansZone() {
		ContentItem item = fixture.item("Idea", null, null, instagram);

		run(List.of(rescheduler.reschedule(item, march(5, 9))));

		assertThat(item.getTimeZone()).isEqualTo(PARIS);
	}

	@Test
	void undoPutsTheOldTimeBack() {
		ContentItem item = fixture.item("Teaser", march(20, 9), PARIS, instagram);
		ScheduleChangeCommand command = new ScheduleChangeCommand("Move",
				List.of(rescheduler.reschedule(item, march(21, 9))));
		command.execute();

		command.undo();

		assertThat(item.getScheduledAt()).isEqualTo(march(20, 9));
	}

	@Test
	void insertingPushesDailyPostsBackUntilTheFirstFreeDay() {
		ContentItem mon = fixture.item("Mon", march(2, 9), PARIS, instagram);
		ContentItem tue = fixture.item("Tue", march(3, 9), PARIS, instagram);
		ContentItem fri = fixture.item("Fri", march(6, 9), PARIS, instagram);
		ContentItem inserted = fixture.item("Breaking news", null, null, instagram);

		run(rescheduler.insertAndPushBack(inserted, instagram, march(2, 9)));

		assertThat(List.of(inserted, mon, tue, fri)).extracting(ContentItem::getScheduledAt)
				.containsExactly(march(2, 9), march(3, 9), march(4, 9), march(6, 9));
	}

	@Test
	void insertingLeavesOtherChannelsAndEarlierItemsAlone() {
		ContentItem earlier = fixture.item("Earlier", march(2, 8), PARIS, instagram);
		ContentItem other = fixture.item("LinkedIn post", march(2, 9), PARIS, linkedIn);
		ContentItem inserted = fixture.item("Breaking news", null, null, instagram);

		List<ScheduleChange> changes = rescheduler.insertAndPushBack(inserted, instagram, march(2, 9));

		assertThat(changes).extracting(ScheduleChange::item).containsExactly(inserted);
		assertThat(List.of(earlier, other)).extracting(ContentItem::getScheduledAt).containsExactly(march(2, 8),
				march(2, 9));
	}

	@Test
	void publishedItemsAreNotPushed() {
		ContentItem published = fixture.item("Gone out", march(2, 9), PARIS, instagram);
		published.setStatus(ContentStatus.PUBLISHED);
		ContentItem inserted = fixture.item("Breaking news", null, null, instagram);

		assertThat(rescheduler.insertAndPushBack(inserted, instagram, march(2, 9))).hasSize(1);
	}

	@Test
	void pushingByAGivenPeriodKeepsWallClockTimeAcrossTheSpringChange() {
		ContentItem saturday = fixture.item("Saturday", march(28, 9), PARIS, instagram);
		ContentItem inserted = fixture.item("Breaking news", null, null, instagram);

		run(rescheduler.insertAndPushBack(inserted, instagram, march(28, 8), java.time.Period.ofDays(1)));

		assertThat(saturday.getScheduledAt()).isEqualTo(march(29, 8));
	}

	@Test
	void pushingByHoursMovesOnlyItemsCloserThanTheStep() {
		ContentItem nine = fixture.item("Nine", march(2, 9), PARIS, instagram);
		ContentItem ten = fixture.item("Ten", march(2, 10), PARIS, instagram);
		ContentItem fourteen = fixture.item("Fourteen", march(2, 14), PARIS, instagram);
		ContentItem eighteen = fixture.item("Eighteen", march(2, 18), PARIS, instagram);
		ContentItem inserted = fixture.item("Breaking news", null, null, instagram);

		run(rescheduler.insertAndPushBack(inserted, instagram, march(2, 9), Duration.ofHours(2)));

		assertThat(List.of(nine, ten, fourteen, eighteen)).extracting(ContentItem::getScheduledAt)
				.containsExactly(march(2, 11), march(2, 13), march(2, 15), march(2, 18));
	}
}
