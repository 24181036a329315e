package org.parley.core.ical;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Writes the VTIMEZONE of a region zone from the JDK's time-zone rules, from a given day on: the transitions
 * the JDK lists explicitly as dated components, and the rules it applies after them (ongoing daylight saving) as
 * yearly RRULE components, so that unbounded recurrences stay right in every future year.
 */
final class VTimeZoneWriter {

	void write(ContentLines out, ZoneId zone, LocalDate from) {
		ZoneRules rules = zone.getRules();
		Instant start = from.atStartOfDay(zone).toInstant();
		out.line("BEGIN", "VTIMEZONE").line("TZID", zone.getId());
		List<ZoneOffsetTransition> history = rules.getTransitions();
		List<ZoneOffsetTransitionRule> ongoing = rules.getTransitionRules();
		// The transition that put in force the offset of the first day, then every later listed one.
		ZoneOffsetTransition inForce = rules.previousTransition(start.plusSeconds(1));
		List<ZoneOffsetTransition> dated = new ArrayList<>();
		for (ZoneOffsetTransition transition : history) {
			if (inForce == null || !transition.getInstant().isBefore(inForce.getInstant())) {
				dated.add(transition);
			}
		}
		for (ZoneOffsetTransition transition : dated) {
			component(out, rules.isDaylightSavings(transition.getInstant()), transition.getDateTimeBefore(),
					transition.getOffsetBefore(), transition.getOffsetAfter(), null);
		}
		if (!ongoing.isEmpty()) {
			int firstRuleYear = history.isEmpty() ? from.getYear() - 1
					: history.get(history.size() - 1).getDateTimeAfter().getYear() + 1;
			int year = Math.max(firstRuleYear, from.getYear() - 1);
			for (ZoneOffsetTransitionRule rule : ongoing) {
				ZoneOffsetTransition first = rule.createTransition(year);
				component(out, !rule.getOffsetAfter().equals(rule.getStandardOffset()), first.getDateTimeBefore(),
						rule.getOffsetBefore(), rule.getOffsetAfter(), yearlyRule(rule));
			}
		} else if (dated.isEmpty()) {
			ZoneOffset offset = rules.getOffset(start);
			component(out, false, LocalDateTime.of(1970, 1, 1, 0, 0), offset, offset, null);
		}
		out.line("END", "VTIMEZONE");
	}

	private static void component(ContentLines out, boolean daylight, LocalDateTime start, ZoneOffset from,
			ZoneOffset to, String rrule) {
		String kind = daylight ? "DAYLIGHT" : "STANDARD";
		out.line("BEGIN", kind).line("DTSTART", IcsTime.local(start)).line("TZOFFSETFROM", offset(from))
				.line("TZOFFSETTO", offset(to));
		if (rrule != null) {
			out.line("RRULE", rrule);
		}
		out.line("END", kind);
	}

	/** The RRULE of a JDK transition rule: a fixed day, or a weekday on/after or on/before a day. */
	static String yearlyRule(ZoneOffsetTransitionRule rule) {
		String byMonth = "FREQ=YEARLY;BYMONTH=" + rule.getMonth().getValue();
		int day = rule.getDayOfMonthIndicator();
		DayOfWeek weekday = rule.getDayOfWeek();
		if (weekday == null) {
			return byMonth + ";BYMONTHDAY=" + day;
		}
		String byDay = weekday.name().substring(0, 2);
		if (day > 0 && (day - 1) % 7 == 0) {
			return byMonth + ";BYDAY=" + ((day - 1) / 7 + 1) + byDay;
		}
		if (day == -1) {
			return byMonth + ";BYDAY=-1" + byDay;
		}
		// "Sunday on or after the 25th" is one of the seven days from the 25th (or up to a day counted from the end).
		int firstDay = day > 0 ? day : day - 6;
		String days = IntStream.range(firstDay, firstDay + 7).mapToObj(Integer::toString)
				.collect(Collectors.joining(","));
		return byMonth + ";BYMONTHDAY=" + days + ";BYDAY=" + byDay;
	}

	private static String offset(ZoneOffset offset) {
		int seconds = offset.getTotalSeconds();
		int abs = Math.abs(seconds);
		String text = String.format("%s%02d%02d", seconds < 0 ? "-" : "+", abs / 3600, abs / 60 % 60);
		return abs % 60 == 0 ? text : text + String.format("%02d", abs % 60);
	}
}
