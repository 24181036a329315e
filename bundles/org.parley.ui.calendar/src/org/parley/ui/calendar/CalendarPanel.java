package org.parley.ui.calendar;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;

/** A section of the calendar page's side bar (filters, saved views, hot topics …). */
public interface CalendarPanel {

	String title();

	/** Creates the panel's controls in {@code parent}, a composite of the side bar with a GridLayout of one column. */
	void create(Composite parent, FormToolkit toolkit, CalendarContext context);

	/** The model, the filter or the selection changed: show it again. */
	void refresh();

	void dispose();
}
