package org.parley.ui.calendar;

import java.util.List;

/** The side panels the calendar page shows, top to bottom. */
public final class CalendarPanels {

	private CalendarPanels() {
	}

	/** New panels for one calendar page. */
	public static List<CalendarPanel> create() {
		return List.of();
	}
}
