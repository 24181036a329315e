package org.parley.representation.calendar.edit;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.parley.model.Frequency;
import org.parley.model.Recurrence;

/**
 * What a user sets for a whole series, as the recurrence dialog collects it.
 *
 * @param frequency      daily, weekly or monthly
 * @param interval       every how many days, weeks or months; at least 1
 * @param weekdays       for a weekly series, the days it falls on (none for the day of the first occurrence)
 * @param count          how many occurrences, or 0 for no limit by count
 * @param until          the last day an occurrence may fall on, or null for no end date
 * @param exceptionDates days on which the item does not occur
 */
public record RecurrenceSettings(Frequency frequency, int interval, Set<DayOfWeek> weekdays, int count,
		LocalDate until, List<LocalDate> exceptionDates) {

	public RecurrenceSettings {
		weekdays = weekdays.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(weekdays));
		exceptionDates = List.copyOf(new TreeSet<>(exceptionDates));
	}

	/** Weekly on the first occurrence's day, without end or exceptions. */
	public static RecurrenceSettings weekly() {
		return new RecurrenceSettings(Frequency.WEEKLY, 1, Set.of(), 0, null, List.of());
	}

	/** The settings a recurrence has now. */
	public static RecurrenceSettings of(Recurrence recurrence) {
		return new RecurrenceSettings(recurrence.getFrequency(), recurrence.getInterval(),
				Set.copyOf(recurrence.getWeekdays()), recurrence.getCount(), recurrence.getUntil(),
				recurrence.getExceptionDates());
	}

	/**
	 * What is wrong with these settings for a series starting on {@code firstDay} (null in the backlog), one sentence
	 * per problem; empty when they can be applied.
	 */
	public List<String> problems(LocalDate firstDay) {
		List<String> problems = new ArrayList<>();
		if (frequency == null) {
			problems.add("Choose how often the item repeats: daily, weekly or monthly.");
		}
		if (interval < 1) {
			problems.add("The interval must be at least 1 (it is " + interval + ").");
		}
		if (count < 0) {
			problems.add("The number of occurrences must be at least 1 (it is " + count + ").");
		}
		if (count > 0 && until != null) {
			problems.add("End the series either after a number of occurrences or on a date, not both.");
		}
		if (until != null && firstDay != null && until.isBefore(firstDay)) {
			problems.add("The end date " + until + " is before the first occurrence on " + firstDay + ".");
		}
		if (!weekdays.isEmpty() && frequency != Frequency.WEEKLY) {
			problems.add("Weekdays apply to a weekly series only.");
		}
		return problems;
	}
}
