package org.parley.core.ical;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.component.VTimeZone;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VTimeZoneWriterTest {

	@Test
	void europeanSummerTimeStartsOnTheLastSundayOfMarch() {
		String rule = VTimeZoneWriter.yearlyRule(ZoneId.of("Europe/Paris").getRules().getTransitionRules().get(0));

		assertThat(rule).isEqualTo("FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=25,26,27,28,29,30,31;BYDAY=SU");
	}

	@Test
	void americanDaylightTimeStartsOnTheSecondSundayOfMarch() {
		String rule = VTimeZoneWriter.yearlyRule(ZoneId.of("America/New_York").getRules().getTransitionRules().get(0));

		assertThat(rule).isEqualTo("FREQ=YEARLY;BYMONTH=3;BYDAY=2SU");
	}

	@Test
	void newYorkDaylightTimeStartsAtTwoInTheMorningLocalTimeFromTheYearBeforeTheFirstItem() {
		ContentLines out = new ContentLines();
		new VTimeZoneWriter().write(out, ZoneId.of("America/New_York"), LocalDate.of(2026, 3, 1));

		assertThat(out.toString()).contains("BEGIN:DAYLIGHT\r\nDTSTART:20250309T020000\r\nTZOFFSETFROM:-0500\r\n"
				+ "TZOFFSETTO:-0400\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU\r\nEND:DAYLIGHT");
	}

	@Test
	void zoneWithoutDaylightSavingHasOneStandardComponent() {
		ContentLines out = new ContentLines();
		new VTimeZoneWriter().write(out, ZoneId.of("Asia/Kolkata"), java.time.LocalDate.of(2026, 3, 1));

		assertThat(out.toString()).contains("TZOFFSETTO:+0530").doesNotContain("DAYLIGHT");
	}

	@ParameterizedTest(name = "{0} from {1}")
	@CsvSource({ "Europe/Paris, 2026-01-01, 2036", "America/New_York, 2026-01-01, 2036", "Europe/Paris, 1990-01-01, 2000",
			"America/New_York, 2005-06-01, 2010", "Australia/Sydney, 2026-01-01, 2030" })
	void ical4jReadsTheSameOffsetsAroundEveryTransitionAsJava(String zoneId, LocalDate from, int lastYear)
			throws Exception {
		ZoneId zone = ZoneId.of(zoneId);
		ContentLines out = new ContentLines().line("BEGIN", "VCALENDAR").line("VERSION", "2.0").line("PRODID", "test");
		new VTimeZoneWriter().write(out, zone, from);
		out.line("END", "VCALENDAR");
		VTimeZone vtimezone = new CalendarBuilder().build(new StringReader(out.toString()))
				.<VTimeZone>getComponents(Component.VTIMEZONE).get(0);
		TimeZone ical = new TimeZone(vtimezone);
		ZoneRules rules = zone.getRules();

		Instant end = LocalDate.of(lastYear + 1, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
		int checked = 0;
		for (ZoneOffsetTransition t = rules.nextTransition(from.atStartOfDay(zone).toInstant()); t != null
				&& t.getInstant().isBefore(end); t = rules.nextTransition(t.getInstant())) {
			// A day either side: the right day and offsets. ical4j's java.util.TimeZone view places a change at its
			// local time read as UTC, so it cannot judge the hours around it.
			for (long hours : new long[] { -24, 24 }) {
				Instant instant = t.getInstant().plusSeconds(hours * 3600);
				assertThat(ical.getOffset(instant.toEpochMilli()) / 1000).as("%s at %s", zoneId, instant)
						.isEqualTo(rules.getOffset(instant).getTotalSeconds());
				checked++;
			}
		}
		assertThat(checked).isGreaterThan(10);
	}
}
