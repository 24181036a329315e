package org.parley.ui.calendar;

import java.util.List;

import org.parley.ui.calendar.panels.FilterPanel;
import org.parley.ui.calendar.panels.HotTopicsPanel;
import org.parley.ui.calendar.panels.SavedViewsPanel;

/** The side panels the calendar page shows, top to bottom. */
public final class CalendarPanels {

	private CalendarPanels() {
	}

	/** New panels for one calendar page. */
	public static List<CalendarPanel> create() {
		return List.of(new SavedViewsPanel(), new FilterPanel(), new HotTopicsPanel());
	}
}
