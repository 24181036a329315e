package org.parley.ui.calendar;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.parley.representation.calendar.CalendarSettings;
import org.parley.representation.calendar.CalendarView;

/** The row above the calendar: the views, previous / today / next, the period and zone, and the exports. */
final class CalendarToolbar {

	/** What the buttons ask the page to do. */
	interface Actions {
		void view(CalendarView view);

		/** -1 previous, 0 today, +1 next. */
		void go(int direction);

		void exportPng();

		void exportIcal();
	}

	private final Composite row;
	private final Map<CalendarView, Button> views = new EnumMap<>(CalendarView.class);
	private final Label period;
	private final Label zone;

	CalendarToolbar(Composite parent, FormToolkit toolkit, Actions actions) {
		row = toolkit.createComposite(parent);
		GridLayout layout = new GridLayout(12, false);
		layout.marginHeight = 2;
		row.setLayout(layout);
		for (CalendarView view : CalendarView.values()) {
			Button button = toolkit.createButton(row, view.label(), SWT.TOGGLE);
			button.setData("calendar.view", view);
			button.addListener(SWT.Selection, e -> actions.view(view));
			views.put(view, button);
		}
		toolkit.createLabel(row, "  ");
		button(toolkit, "◀ Previous", "Show the previous month (or week)", () -> actions.go(-1));
		button(toolkit, "Today", "Show the period holding today", () -> actions.go(0));
		button(toolkit, "Next ▶", "Show the next month (or week)", () -> actions.go(1));
		period = toolkit.createLabel(row, "");
		period.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
		period.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		zone = toolkit.createLabel(row, "");
		button(toolkit, "Export PNG…", "Save the calendar as shown, without the backlog, as a PNG image",
				actions::exportPng);
		button(toolkit, "Export iCal…", "Save the items the filter shows as an iCalendar file (.ics)", actions::exportIcal);
	}

	private void button(FormToolkit toolkit, String text, String tooltip, Runnable action) {
		Button button = toolkit.createButton(row, text, SWT.PUSH);
		button.setToolTipText(tooltip);
		button.addListener(SWT.Selection, e -> action.run());
	}

	Composite control() {
		return row;
	}

	void show(CalendarSettings settings) {
		views.forEach((view, button) -> button.setSelection(view == settings.view()));
		period.setText(settings.title());
		zone.setText(settings.zone().getId());
		zone.setToolTipText(settings.zoneLabel());
		row.layout(true);
	}
}
