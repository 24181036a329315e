package org.parley.representation.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.Test;
import org.parley.core.calendar.PlanCalendar;
import org.parley.core.sample.SampleProject;
import org.parley.core.validation.Finding;
import org.parley.core.validation.Severity;
import org.parley.model.ContentItem;
import org.parley.model.Plan;
import org.parley.representation.draw.Box;
import org.parley.representation.draw.Label;
import org.parley.representation.draw.Line;

class CalendarLayoutsTest {

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private final Plan sample = SampleProject.create();

	private CalendarPicture month(Plan plan, LocalDate focus, LocalDate today, CalendarFilter filter,
			ItemFindings findings) {
		CalendarInput input = new CalendarInput(new PlanCalendar(plan), filter, findings, Set.of());
		return CalendarLayouts.layout(plan, input, CalendarSettings.month(focus, LONDON, today, 1400, 900));
	}

	private static List<String> texts(CalendarPicture picture) {
		return picture.drawing().shapes().stream().filter(Label.class::isInstance).map(s -> ((Label) s).text()).toList();
	}

	@Test
	void monthGridPlacesEveryChipInsideTheDropZoneOfItsDay() {
		CalendarPicture picture = month(sample, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 12), CalendarFilter.ALL,
				ItemFindings.NONE);

		List<Chip> onCalendar = picture.chips().stream().filter(c -> c.occurrence() != null).toList();
		assertThat(onCalendar).isNotEmpty();
		for (Chip chip : onCalendar) {
			LocalDate day = chip.occurrence().start().withZoneSameInstant(LONDON).toLocalDate();
			Box zone = picture.boundsOf(new DropTarget.Day(day));
			assertThat(zone).as("zone of %s", day).isNotNull();
			assertThat(picture.targetAt(chip.bounds().x() + 2, chip.bounds().y() + 2)).isEqualTo(new DropTarget.Day(day));
		}
		// Monday 28 December 2026 starts the grid of January 2027; Sunday 31 January ends it (five weeks).
		assertThat(picture.boundsOf(new DropTarget.Day(LocalDate.of(2026, 12, 28)))).isNotNull();
		assertThat(picture.boundsOf(new DropTarget.Day(LocalDate.of(2027, 1, 31)))).isNotNull();
		assertThat(picture.boundsOf(new DropTarget.Day(LocalDate.of(2027, 2, 1)))).isNull();
	}

	@Test
	void todayIsMarkedAndTheTimeZoneIsShown() {
		CalendarPicture picture = month(sample, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 12), CalendarFilter.ALL,
				ItemFindings.NONE);

		assertThat(texts(picture)).contains("12  Today", "January 2027")
				.anyMatch(text -> text.startsWith("Time zone: Europe/London"));
	}

	@Test
	void aFullDayShowsHowManyMoreItDoesNotShow() {
		TinyPlans tiny = new TinyPlans();
		for (int i = 0; i < 12; i++) {
			tiny.item("Post " + i, LocalDateTime.of(2027, 5, 12, 8 + i, 0), tiny.x);
		}
		CalendarPicture picture = month(tiny.plan, LocalDate.of(2027, 5, 1), LocalDate.of(2026, 1, 1),
				CalendarFilter.ALL, ItemFindings.NONE);

		long chips = picture.chips().stream().filter(c -> c.occurrence() != null).count();
		assertThat(chips).isBetween(1L, 11L);
		assertThat(texts(picture)).contains("+" + (12 - chips) + " more");
	}

	@Test
	void laterOccurrencesOfASeriesAreDashedAndLighterThanTheItem() {
		CalendarPicture picture = month(sample, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 12), CalendarFilter.ALL,
				ItemFindings.NONE);

		List<Chip> tipTuesday = picture.chips().stream().filter(c -> "Tip Tuesday".equals(c.item().getTitle())).toList();
		assertThat(tipTuesday).hasSizeGreaterThanOrEqualTo(4);
		Chip first = tipTuesday.get(0);
		Chip later = tipTuesday.get(1);
		assertThat(first.projected()).isFalse();
		assertThat(first.occurrence().originalDate()).isEqualTo(LocalDate.of(2027, 1, 5));
		assertThat(later.projected()).isTrue();
		assertThat(later.occurrence().originalDate()).isEqualTo(LocalDate.of(2027, 1, 12));
		assertThat(brightness(later.bounds())).isGreaterThan(brightness(first.bounds()));
		assertThat(first.bounds().stroke()).isNotNull();
		assertThat(later.bounds().stroke()).isNull();
		assertThat(picture.drawing().shapes()).anySatisfy(shape -> {
			assertThat(shape).isInstanceOf(Line.class);
			Line line = (Line) shape;
			assertThat(line.dashed()).isTrue();
			assertThat(line.points().get(0)).isEqualTo(later.bounds().x());
			assertThat(line.points().get(1)).isEqualTo(later.bounds().y());
		});
	}

	private static int brightness(Box box) {
		return box.fill().red() + box.fill().green() + box.fill().blue();
	}

	@Test
	void anItemBreakingAChannelRuleCarriesAMarkerWhoseTooltipIsTheFinding() {
		TinyPlans tiny = new TinyPlans();
		ContentItem item = tiny.item("Too long", LocalDateTime.of(2027, 5, 12, 9, 0), tiny.x);
		tiny.item("Fine", LocalDateTime.of(2027, 5, 13, 9, 0), tiny.x);
		Finding finding = new Finding(Severity.ERROR, "channel.text-too-long", "variant",
				URI.createURI("calendar/2027-05.parley#" + item.getVariants().get(0).getId()),
				"The text for Brand on X is 310 characters; X allows 280.");

		CalendarPicture picture = month(tiny.plan, LocalDate.of(2027, 5, 1), LocalDate.of(2026, 1, 1),
				CalendarFilter.ALL, new ItemFindings(List.of(finding)));

		Box marker = picture.drawing().boxOf("rule:too-long");
		assertThat(marker).isNotNull();
		assertThat(marker.fill()).isEqualTo(CalendarStyle.ERROR);
		assertThat(marker.tooltip()).isEqualTo(finding.message());
		assertThat(picture.drawing().hit(marker.x() + 2, marker.y() + 2).tooltip()).isEqualTo(finding.message());
		assertThat(picture.drawing().boxOf("rule:fine")).isNull();
	}

	@Test
	void theFilterLeavesOutItemsOfOtherChannelsFromCalendarAndBacklog() {
		TinyPlans tiny = new TinyPlans();
		tiny.item("On X", LocalDateTime.of(2027, 5, 12, 9, 0), tiny.x);
		tiny.item("On the forum", LocalDateTime.of(2027, 5, 12, 10, 0), tiny.forum);
		tiny.item("Forum idea", null, tiny.forum);

		CalendarPicture picture = month(tiny.plan, LocalDate.of(2027, 5, 1), LocalDate.of(2026, 1, 1),
				CalendarFilter.ALL.withChannels(Set.of("x")), ItemFindings.NONE);

		assertThat(picture.chips().stream().map(c -> c.item().getTitle()).toList()).containsExactly("On X");
		assertThat(texts(picture)).contains("Backlog (0)");
	}

	@Test
	void theBacklogAndTheEdgesAreDropTargets() {
		TinyPlans tiny = new TinyPlans();
		tiny.item("Idea", null, tiny.x);
		CalendarPicture picture = month(tiny.plan, LocalDate.of(2027, 5, 1), LocalDate.of(2026, 1, 1),
				CalendarFilter.ALL, ItemFindings.NONE);

		Chip idea = picture.chips().get(0);
		assertThat(idea.occurrence()).isNull();
		assertThat(picture.targetAt(idea.bounds().x() + 5, idea.bounds().y() + 5)).isEqualTo(new DropTarget.Backlog());
		Box firstDay = picture.boundsOf(new DropTarget.Day(LocalDate.of(2027, 4, 26)));
		assertThat(picture.edgeAt(firstDay.x() + 3, firstDay.y() + 40)).isEqualTo(new DropTarget.Edge(-1));
		assertThat(picture.targetAt(firstDay.x() + 3, firstDay.y() + 40))
				.isEqualTo(new DropTarget.Day(LocalDate.of(2027, 4, 26)));
		Box lastDay = picture.boundsOf(new DropTarget.Day(LocalDate.of(2027, 5, 2)));
		assertThat(picture.edgeAt(lastDay.right() - 3, lastDay.y() + 40)).isEqualTo(new DropTarget.Edge(1));
		assertThat(picture.edgeAt(lastDay.x() + 20, lastDay.y() + 40)).isNull();
	}

	@Test
	void weekViewOffersHourSlotsAndPlacesItemsAtTheirTime() {
		TinyPlans tiny = new TinyPlans();
		tiny.item("Morning", LocalDateTime.of(2027, 5, 12, 9, 0), tiny.x);
		CalendarInput input = new CalendarInput(new PlanCalendar(tiny.plan), CalendarFilter.ALL, ItemFindings.NONE,
				Set.of());
		CalendarSettings settings = CalendarSettings.month(LocalDate.of(2027, 5, 12), LONDON, LocalDate.of(2026, 1, 1),
				1400, 900).withView(CalendarView.WEEK);

		CalendarPicture picture = CalendarLayouts.layout(tiny.plan, input, settings);

		Box nine = picture.boundsOf(new DropTarget.Slot(LocalDate.of(2027, 5, 12), LocalTime.of(9, 0)));
		Box chip = picture.chips().get(0).bounds();
		assertThat(nine.contains(chip.x() + 2, chip.y() + 2)).isTrue();
		assertThat(picture.boundsOf(new DropTarget.Slot(LocalDate.of(2027, 5, 10), LocalTime.of(7, 0)))).isNotNull();
		assertThat(picture.boundsOf(new DropTarget.Slot(LocalDate.of(2027, 5, 17), LocalTime.of(9, 0)))).isNull();
		assertThat(settings.title()).isEqualTo("Week 19 · 10 May – 16 May 2027");
	}

	@Test
	void timelineHasARowPerChannelWithTheItemsOfThatChannel() {
		TinyPlans tiny = new TinyPlans();
		tiny.item("On X", LocalDateTime.of(2027, 5, 12, 9, 0), tiny.x);
		CalendarInput input = new CalendarInput(new PlanCalendar(tiny.plan), CalendarFilter.ALL, ItemFindings.NONE,
				Set.of());
		CalendarPicture picture = CalendarLayouts.layout(tiny.plan, input, CalendarSettings
				.month(LocalDate.of(2027, 5, 1), LONDON, LocalDate.of(2026, 1, 1), 1400, 900).withView(CalendarView.TIMELINE));

		Box xDay = picture.boundsOf(new DropTarget.ChannelDay("x", LocalDate.of(2027, 5, 12)));
		Box forumDay = picture.boundsOf(new DropTarget.ChannelDay("forum", LocalDate.of(2027, 5, 12)));
		Box chip = picture.chips().get(0).bounds();
		assertThat(xDay.contains(chip.x() + 1, chip.y() + 1)).isTrue();
		assertThat(forumDay.y()).isGreaterThan(xDay.y());
		assertThat(texts(picture)).contains("Brand on X", "Community forum");
	}

	@Test
	void agendaListsTheDaysWithItemsAndGrowsToHoldThem() {
		CalendarInput input = new CalendarInput(new PlanCalendar(sample), CalendarFilter.ALL, ItemFindings.NONE, Set.of());
		CalendarPicture picture = CalendarLayouts.layout(sample, input, CalendarSettings
				.month(LocalDate.of(2027, 1, 1), LONDON, LocalDate.of(2026, 1, 1), 1200, 600).withView(CalendarView.AGENDA));

		long shown = picture.chips().stream().filter(c -> c.occurrence() != null).count();
		assertThat(shown).isEqualTo(input.occurrences(TimeRangeOfJanuary.RANGE).size());
		assertThat(picture.drawing().height()).isGreaterThan(600);
		assertThat(texts(picture)).contains("Tuesday 5 January");
	}

	@Test
	void everyWeekOfTheMonthHasAContentMixBarCountingItsItemsByKind() {
		CalendarPicture picture = month(sample, LocalDate.of(2027, 1, 1), LocalDate.of(2026, 1, 1), CalendarFilter.ALL,
				ItemFindings.NONE);
		CalendarInput input = new CalendarInput(new PlanCalendar(sample), CalendarFilter.ALL, ItemFindings.NONE, Set.of());
		WeekMix second = WeekMix.of(input.occurrences(org.parley.core.calendar.TimeRange.ofDays(LocalDate.of(2027, 1, 4),
				LocalDate.of(2027, 1, 10), LONDON)), LONDON);

		Box bar = picture.drawing().boxOf("mix:2027-W01");
		assertThat(bar).isNotNull();
		assertThat(second.total()).isPositive();
		assertThat(second.counts().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(second.total());
		assertThat(bar.tooltip()).startsWith("2027-W01: " + second.total() + " items — Learn & improve ");
	}

	private static final class TimeRangeOfJanuary {
		static final org.parley.core.calendar.TimeRange RANGE = org.parley.core.calendar.TimeRange
				.ofMonth(java.time.YearMonth.of(2027, 1), LONDON);
	}
}
