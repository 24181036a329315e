package org.parley.representation.calendar;

/** The ways the calendar shows a period: a month grid, a week with hours, a list, one row per channel. */
public enum CalendarView {
	MONTH("Month"), WEEK("Week"), AGENDA("Agenda"), TIMELINE("Timeline");

	private final String label;

	CalendarView(String label) {
		this.label = label;
	}

	/** The name a user reads, as on the toolbar. */
	public String label() {
		return label;
	}
}
