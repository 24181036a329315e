package org.parley.representation.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.Locale;
import java.util.TreeSet;

import org.parley.core.calendar.MonthGrid;
import org.parley.core.calendar.TimeRange;
import org.parley.core.calendar.WeekGrid;
import org.parley.model.ContentItem;

/**
 * What the calendar shows and how: the view, the day in focus (its month or week is shown), the first day of the
 * week, the zone items are placed in, today, the size of the picture and whether the backlog column is drawn.
 */
public record CalendarSettings(CalendarView view, LocalDate focus, DayOfWeek firstDayOfWeek, ZoneId zone,
		LocalDate today, double width, double height, boolean withBacklog) {

	private static final DateTimeFormatter MONTH_TITLE = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
	private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

	public CalendarSettings {
		if (width <= 0 || height <= 0) {
			throw new IllegalArgumentException("The calendar needs a positive size: " + width + " × " + height);
		}
	}

	/** Month view of {@code focus}'s month, weeks starting on Monday, with the backlog. */
	public static CalendarSettings month(LocalDate focus, ZoneId zone, LocalDate today, double width, double height) {
		return new CalendarSettings(CalendarView.MONTH, focus, DayOfWeek.MONDAY, zone, today, width, height, true);
	}

	/**
	 * The month to open on: today's when it has items (or when nothing is scheduled at all), else the first month
	 * with items after today, else the last one before.
	 */
	public static LocalDate dayToOpen(Collection<ContentItem> items, LocalDate today) {
		TreeSet<YearMonth> months = new TreeSet<>();
		for (ContentItem item : items) {
			if (item.getScheduledAt() != null) {
				months.add(YearMonth.from(item.getScheduledAt()));
			}
		}
		YearMonth now = YearMonth.from(today);
		if (months.isEmpty() || months.contains(now)) {
			return today;
		}
		YearMonth next = months.ceiling(now);
		return (next != null ? next : months.last()).atDay(1);
	}

	public CalendarSettings withView(CalendarView newView) {
		return new CalendarSettings(newView, focus, firstDayOfWeek, zone, today, width, height, withBacklog);
	}

	public CalendarSettings withFocus(LocalDate day) {
		return new CalendarSettings(view, day, firstDayOfWeek, zone, today, width, height, withBacklog);
	}

	public CalendarSettings withSize(double newWidth, double newHeight) {
		return new CalendarSettings(view, focus, firstDayOfWeek, zone, today, newWidth, newHeight, withBacklog);
	}

	public CalendarSettings withBacklog(boolean shown) {
		return new CalendarSettings(view, focus, firstDayOfWeek, zone, today, width, height, shown);
	}

	public CalendarSettings withFirstDayOfWeek(DayOfWeek day) {
		return new CalendarSettings(view, focus, day, zone, today, width, height, withBacklog);
	}

	/** The focus moved by one period of the view (a week in week view, else a month); {@code steps} may be negative. */
	public CalendarSettings shifted(int steps) {
		LocalDate day = view == CalendarView.WEEK ? focus.plusWeeks(steps)
				: focus.withDayOfMonth(1).plusMonths(steps);
		return withFocus(day);
	}

	public YearMonth month() {
		return YearMonth.from(focus);
	}

	/** The first day the view shows. */
	public LocalDate firstDay() {
		return switch (view) {
		case MONTH -> MonthGrid.firstVisibleDay(month(), firstDayOfWeek);
		case WEEK -> WeekGrid.firstDay(focus, firstDayOfWeek);
		case AGENDA, TIMELINE -> month().atDay(1);
		};
	}

	/** The last day the view shows. */
	public LocalDate lastDay() {
		return switch (view) {
		case MONTH -> MonthGrid.lastVisibleDay(month(), firstDayOfWeek);
		case WEEK -> firstDay().plusDays(6);
		case AGENDA, TIMELINE -> month().atEndOfMonth();
		};
	}

	/** The time the view covers, as days fall in the zone. */
	public TimeRange range() {
		return TimeRange.ofDays(firstDay(), lastDay(), zone);
	}

	/** The period's title: "January 2027", or "Week of 4 Jan 2027". */
	public String title() {
		if (view == CalendarView.WEEK) {
			LocalDate first = firstDay();
			int week = first.with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY))
					.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR);
			return "Week " + week + " · " + SHORT_DAY.format(first) + " – " + DAY.format(first.plusDays(6));
		}
		return MONTH_TITLE.format(focus);
	}

	/** How the zone is shown: its id and its name, e.g. "Europe/London (British Time)". */
	public String zoneLabel() {
		return "Time zone: " + zone.getId() + " (" + zone.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + ")";
	}
}
