package org.parley.representation.calendar;

import org.parley.model.Plan;

/**
 * Lays out the calendar headless for any view: the page paints the result, the exports write it, tests read its
 * chips and drop zones.
 */
public final class CalendarLayouts {

	private CalendarLayouts() {
	}

	/** The picture of the period {@code settings} name, of the items of {@code plan} that the input's filter accepts. */
	public static CalendarPicture layout(Plan plan, CalendarInput input, CalendarSettings settings) {
		return switch (settings.view()) {
		case MONTH -> MonthLayout.draw(input, settings);
		case WEEK -> WeekLayout.draw(input, settings);
		case AGENDA -> AgendaLayout.draw(input, settings);
		case TIMELINE -> TimelineLayout.draw(input, settings, plan);
		};
	}
}
