package org.parley.core.ical;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.calendar.Occurrence;
import org.parley.core.calendar.PlanFixture;
import org.parley.core.calendar.RecurrenceExpander;
import org.parley.core.calendar.TimeRange;
import org.parley.model.Channel;
import org.parley.model.ContentItem;
import org.parley.model.ContentStatus;
import org.parley.model.ConversationCell;
import org.parley.model.Frequency;
import org.parley.model.OccurrenceOverride;
import org.parley.model.Recurrence;

class IcsExporterTest {

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
	private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	private final PlanFixture fixture = new PlanFixture(PARIS);
	private final Channel instagram = fixture.channel("Instagram");
	private final Channel linkedIn = fixture.channel("LinkedIn");
	private final IcsExporter exporter = new IcsExporter();

	@BeforeAll
	static void keepIcal4jOffline() {
		// ical4j may otherwise try to fetch newer time-zone definitions over the network.
		System.setProperty("net.fortuna.ical4j.timezone.update.enabled", "false");
	}

	private Calendar parse(String ics) throws Exception {
		return new CalendarBuilder().build(new StringReader(ics));
	}

	private List<VEvent> events(IcsFilter filter) throws Exception {
		return parse(exporter.export(fixture.plan, filter)).getComponents(Component.VEVENT);
	}

	private static String value(net.fortuna.ical4j.model.PropertyListAccessor component, String property) {
		return component.getProperty(property).map(Property::getValue).orElse(null);
	}

	private static List<Instant> starts(VEvent event, ZonedDateTime from, ZonedDateTime to) {
		return event.calculateRecurrenceSet(new Period<>(from, to)).stream()
				.map(p -> Instant.from((java.time.temporal.TemporalAccessor) p.getStart())).sorted().toList();
	}

	private List<Instant> expectedStarts(ContentItem item, ZonedDateTime from, ZonedDateTime to) {
		return new RecurrenceExpander().expand(item, new TimeRange(from.toInstant(), to.toInstant())).stream()
				.map(Occurrence::start).map(ZonedDateTime::toInstant).toList();
	}

	@Test
	void calendarHasVersionProdidAndCalscale() throws Exception {
		Calendar calendar = parse(exporter.export(fixture.plan, IcsFilter.all()));

		assertThat(value(calendar, Property.VERSION)).isEqualTo("2.0");
		assertThat(value(calendar, Property.PRODID)).isEqualTo(IcsExporter.PRODID);
		assertThat(value(calendar, Property.CALSCALE)).isEqualTo("GREGORIAN");
	}

	@Test
	void calendarWithSeriesOverridesAndZonesPassesIcal4jValidation() throws Exception {
		ContentItem item = fixture.item("Weekly, tip", LocalDateTime.of(2026, 3, 2, 9, 0), PARIS, instagram);
		item.setDurationMinutes(30);
		item.setCategory(fixture.category("Learn"));
		Recurrence recurrence = fixture.repeat(item, Frequency.WEEKLY, 2);
		recurrence.setUntil(LocalDate.of(2026, 12, 31));
		recurrence.getExceptionDates().add(LocalDate.of(2026, 3, 16));
		fixture.override(recurrence, LocalDate.of(2026, 3, 30)).setTitle("Spring");
		fixture.item("One-off", LocalDateTime.of(2026, 11, 1, 1, 30), NEW_YORK, linkedIn);

		net.fortuna.ical4j.validate.ValidationResult result = parse(exporter.export(fixture.plan, IcsFilter.all()))
				.validate();

		assertThat(result.hasErrors()).as(result.toString()).isFalse();
	}

	@Test
	void eachScheduledItemIsOneEventWithAUidFromItsId() throws Exception {
		ContentItem teaser = fixture.item("Teaser", LocalDateTime.of(2026, 3, 10, 10, 0), PARIS, instagram);
		ContentItem launch = fixture.item("Launch", LocalDateTime.of(2026, 3, 12, 10, 0), PARIS, instagram);
		fixture.item("Backlog idea", null, null, instagram);

		assertThat(events(IcsFilter.all())).extracting(e -> value(e, Property.UID))
				.containsExactly(teaser.getId() + "@parley", launch.getId() + "@parley");
	}

	@Test
	void exportingTwiceGivesTheSameText() {
		fixture.item("Teaser", LocalDateTime.of(2026, 3, 10, 10, 0), PARIS, instagram);

		assertThat(exporter.export(fixture.plan, IcsFilter.all())).isEqualTo(exporter.export(fixture.plan, IcsFilter.all()));
	}

	@Test
	void startIsInTheItemsZoneWithAVTimezone() throws Exception {
		fixture.item("Teaser", LocalDateTime.of(2026, 3, 10, 10, 0), NEW_YORK, instagram);

		String ics = exporter.export(fixture.plan, IcsFilter.all());

		assertThat(ics).contains("DTSTART;TZID=America/New_York:20260310T100000\r\n", "BEGIN:VTIMEZONE\r\nTZID:America/New_York");
		VEvent event = parse(ics).<VEvent>getComponents(Component.VEVENT).get(0);
		assertThat(Instant.from(event.getStartDate().orElseThrow().getDate()))
				.isEqualTo(Instant.parse("2026-03-10T14:00:00Z"));
	}

	@Test
	void weeklyParisSeriesRecursLikeTheCalendarAcrossBothChanges() throws Exception {
		ContentItem item = fixture.item("Weekly tip", LocalDateTime.of(2026, 3, 2, 9, 0), PARIS, instagram);
		Recurrence recurrence = fixture.repeat(item, Frequency.WEEKLY, 1);
		recurrence.getWeekdays().addAll(List.of(java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.THURSDAY));
		recurrence.getExceptionDates().add(LocalDate.of(2026, 3, 30));
		ZonedDateTime from = ZonedDateTime.of(2026, 3, 1, 0, 0, 0, 0, PARIS);
		ZonedDateTime to = ZonedDateTime.of(2026, 11, 15, 0, 0, 0, 0, PARIS);

		String ics = exporter.export(fixture.plan, IcsFilter.all());
		VEvent event = parse(ics).<VEvent>getComponents(Component.VEVENT).get(0);

		assertThat(ics).contains("RRULE:FREQ=WEEKLY;BYDAY=MO,TH;WKST=MO\r\n", "EXDATE;TZID=Europe/Paris:20260330T090000\r\n");
		assertThat(starts(event, from, to)).isEqualTo(expectedStarts(item, from, to)).hasSize(73);
	}

	@Test
	void dailyNewYorkSeriesInTheNightRecursLikeTheCalendarAcrossBothChanges() throws Exception {
		ContentItem item = fixture.item("Night post", LocalDateTime.of(2026, 3, 1, 2, 30), NEW_YORK, instagram);
		fixture.repeat(item, Frequency.DAILY, 1).setUntil(LocalDate.of(2026, 11, 10));
		ZonedDateTime from = ZonedDateTime.of(2026, 3, 1, 0, 0, 0, 0, NEW_YORK);
		ZonedDateTime to = ZonedDateTime.of(2026, 12, 1, 0, 0, 0, 0, NEW_YORK);

		List<Instant> starts = starts(events(IcsFilter.all()).get(0), from, to);

		assertThat(starts).isEqualTo(expectedStarts(item, from, to)).hasSize(255);
	}

	@Test
	void seriesScheduledOffItsWeekdaysStartsOnItsFirstWeekdayInIcalToo() throws Exception {
		// 2026-03-02 is a Monday; the series runs on Tuesdays and Thursdays. ical4j skips a DTSTART off the rule,
		// other apps keep it, so the export writes the series' real first day.
		ContentItem item = fixture.item("Off-rhythm start", LocalDateTime.of(2026, 3, 2, 9, 0), PARIS, instagram);
		Recurrence recurrence = fixture.repeat(item, Frequency.WEEKLY, 1);
		recurrence.getWeekdays().addAll(List.of(java.time.DayOfWeek.TUESDAY, java.time.DayOfWeek.THURSDAY));
		recurrence.setCount(5);
		ZonedDateTime from = ZonedDateTime.of(2026, 3, 1, 0, 0, 0, 0, PARIS);
		ZonedDateTime to = ZonedDateTime.of(2026, 4, 1, 0, 0, 0, 0, PARIS);

		VEvent event = events(IcsFilter.all()).get(0);

		assertThat(value(event, Property.DTSTART)).isEqualTo("20260303T090000");
		assertThat(starts(event, from, to)).isEqualTo(expectedStarts(item, from, to)).hasSize(5);
	}

	@Test
	void monthlySeriesOnThe31stSkipsShortMonthsInIcalToo() throws Exception {
		ContentItem item = fixture.item("Month-end", LocalDateTime.of(2026, 1, 31, 17, 0), PARIS, instagram);
		fixture.repeat(item, Frequency.MONTHLY, 1).setCount(4);
		ZonedDateTime from = ZonedDateTime.of(2026, 1, 1, 0, 0, 0, 0, PARIS);
		ZonedDateTime to = ZonedDateTime.of(2027, 1, 1, 0, 0, 0, 0, PARIS);

		assertThat(starts(events(IcsFilter.all()).get(0), from, to)).isEqualTo(expectedStarts(item, from, to))
				.hasSize(4);
	}

	@Test
	void countAndUntilTogetherBecomeTheCountOfOccurrencesBothAllow() {
		ContentItem item = fixture.item("Daily", LocalDateTime.of(2026, 3, 1, 9, 0), PARIS, instagram);
		Recurrence recurrence = fixture.repeat(item, Frequency.DAILY, 1);
		recurrence.setCount(10);
		recurrence.setUntil(LocalDate.of(2026, 3, 4));

		assertThat(exporter.export(fixture.plan, IcsFilter.all())).contains("RRULE:FREQ=DAILY;COUNT=4\r\n");
	}

	@Test
	void itemInAFixedOffsetZoneIsWrittenInUtcWithoutATimezone() {
		fixture.item("Offset", LocalDateTime.of(2026, 3, 10, 10, 0), java.time.ZoneOffset.ofHours(3), instagram);

		assertThat(exporter.export(fixture.plan, IcsFilter.all())).contains("DTSTART:20260310T070000Z\r\n")
				.doesNotContain("VTIMEZONE");
	}

	@Test
	void changedOccurrenceIsARecurrenceIdInstanceAndCancelledOneAnExdate() throws Exception {
		ContentItem item = fixture.item("Weekly tip", LocalDateTime.of(2026, 3, 2, 9, 0), PARIS, instagram);
		Recurrence recurrence = fixture.repeat(item, Frequency.WEEKLY, 1);
		OccurrenceOverride moved = fixture.override(recurrence, LocalDate.of(2026, 3, 9));
		moved.setScheduledAt(LocalDateTime.of(2026, 3, 10, 14, 0));
		moved.setTitle("Spring edition");
		fixture.override(recurrence, LocalDate.of(2026, 3, 16)).setCancelled(true);

		String ics = exporter.export(fixture.plan, IcsFilter.all());
		List<VEvent> events = parse(ics).getComponents(Component.VEVENT);

		assertThat(ics).contains("EXDATE;TZID=Europe/Paris:20260316T090000\r\n");
		assertThat(events).hasSize(2);
		assertThat(value(events.get(1), Property.UID)).isEqualTo(value(events.get(0), Property.UID));
		assertThat(value(events.get(1), Property.RECURRENCE_ID)).isEqualTo("20260309T090000");
		assertThat(value(events.get(1), Property.DTSTART)).isEqualTo("20260310T140000");
		assertThat(value(events.get(1), Property.SUMMARY)).isEqualTo("Spring edition");
	}

	@Test
	void summaryDescriptionAndCategoriesSurviveEscaping() throws Exception {
		ContentItem item = fixture.item("Sale; 50% off, today \\ only", LocalDateTime.of(2026, 3, 10, 10, 0), PARIS,
				instagram);
		item.setBody("First line\nSecond, line");
		item.setCategory(fixture.category("Learn, improve"));

		String ics = exporter.export(fixture.plan, IcsFilter.all());
		VEvent event = parse(ics).<VEvent>getComponents(Component.VEVENT).get(0);

		assertThat(ics).contains("SUMMARY:Sale\\; 50% off\\, today \\\\ only\r\n");
		assertThat(value(event, Property.SUMMARY)).isEqualTo("Sale; 50% off, today \\ only");
		assertThat(value(event, Property.DESCRIPTION)).startsWith("First line\nSecond, line\n\n[Instagram] ");
		assertThat(ics).contains("CATEGORIES:Learn\\, improve\r\n");
	}

	@Test
	void longMultilingualDescriptionIsFoldedAndReadBackWhole() throws Exception {
		String body = "Soldes d'été à Paris — jusqu'à −50 % sur les vêtements 😀 ".repeat(8).strip();
		fixture.item("Soldes", LocalDateTime.of(2026, 3, 10, 10, 0), PARIS).setBody(body);

		String ics = exporter.export(fixture.plan, IcsFilter.all());

		assertThat(ics.split("\r\n")).allSatisfy(
				line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
		assertThat(ics.replace("\r\n", "")).doesNotContain("\n");
		assertThat(value(parse(ics).getComponents(Component.VEVENT).get(0), Property.DESCRIPTION)).isEqualTo(body);
	}

	@Test
	void statusFollowsTheWorkflow() throws Exception {
		fixture.item("Idea", LocalDateTime.of(2026, 3, 10, 10, 0), PARIS).setStatus(ContentStatus.IDEA);
		fixture.item("Approved", LocalDateTime.of(2026, 3, 11, 10, 0), PARIS).setStatus(ContentStatus.APPROVED);
		fixture.item("Cancelled", LocalDateTime.of(2026, 3, 12, 10, 0), PARIS).setStatus(ContentStatus.CANCELLED);

		assertThat(events(IcsFilter.all())).extracting(e -> value(e, Property.STATUS)).containsExactly("TENTATIVE",
				"CONFIRMED", "CANCELLED");
	}

	@Test
	void teamFilterTakesItemsOfThatTeamsCellsByName() throws Exception {
		ConversationCell marketing = fixture.cell(fixture.team("Marketing"), fixture.group("Prospects"), null);
		ConversationCell service = fixture.cell(fixture.team("Customer service"), fixture.group("Customers"), null);
		fixture.item("Marketing post", LocalDateTime.of(2026, 3, 10, 10, 0), PARIS, instagram).setCell(marketing);
		fixture.item("Service post", LocalDateTime.of(2026, 3, 11, 10, 0), PARIS, instagram).setCell(service);

		assertThat(events(IcsFilter.all().withTeam("marketing"))).extracting(e -> value(e, Property.SUMMARY))
				.containsExactly("Marketing post");
	}

	@Test
	void channelFilterTakesItemsWithAVariantOnThatChannelById() throws Exception {
		fixture.item("Both", LocalDateTime.of(2026, 3, 10, 10, 0), PARIS, instagram, linkedIn);
		fixture.item("Instagram only", LocalDateTime.of(2026, 3, 11, 10, 0), PARIS, instagram);

		assertThat(events(IcsFilter.all().withChannel(linkedIn.getId()))).extracting(e -> value(e, Property.SUMMARY))
				.containsExactly("Both");
	}

	@Test
	void exportToAFileWritesTheCalendarInUtf8(@TempDir Path folder) throws Exception {
		fixture.item("Été", LocalDateTime.of(2026, 3, 10, 10, 0), PARIS, instagram);
		Path file = folder.resolve("plan.ics");

		exporter.export(fixture.plan, IcsFilter.all(), file);

		assertThat(Files.readString(file, StandardCharsets.UTF_8))
				.isEqualTo(exporter.export(fixture.plan, IcsFilter.all()));
		assertThat(Files.list(folder)).containsExactly(file);
	}
}
