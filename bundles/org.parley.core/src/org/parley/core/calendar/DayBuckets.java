package org.parley.core.calendar;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Predicate;

/** Sorts occurrences into the days of a grid by the day they start on in the grid's zone. */
final class DayBuckets {

	private DayBuckets() {
	}

	static List<CalendarDay> days(LocalDate first, LocalDate last, ZoneId zone, Collection<Occurrence> occurrences,
			Predicate<LocalDate> inMonth) {
		TreeMap<LocalDate, List<Occurrence>> byDay = new TreeMap<>();
		for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
			byDay.put(d, new ArrayList<>());
		}
		for (Occurrence occurrence : occurrences) {
			List<Occurrence> bucket = byDay.get(occurrence.start().withZoneSameInstant(zone).toLocalDate());
			if (bucket != null) {
				bucket.add(occurrence);
			}
		}
		List<CalendarDay> days = new ArrayList<>();
		byDay.forEach((day, list) -> {
			list.sort(Comparator.comparing((Occurrence o) -> o.start().toInstant())
					.thenComparing(o -> String.valueOf(o.title())));
			days.add(new CalendarDay(day, inMonth.test(day), List.copyOf(list)));
		});
		return days;
	}
}
