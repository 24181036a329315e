package org.parley.core.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * One day cell of a month or week grid.
 *
 * @param date        the day
 * @param inMonth     whether the day belongs to the month shown; false for the days of the neighbouring months that
 *                    fill the first and last week (always true in a week grid)
 * @param occurrences the occurrences starting on that day in the grid's zone, by start time
 */
public record CalendarDay(LocalDate date, boolean inMonth, List<Occurrence> occurrences) {
}
