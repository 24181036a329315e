package org.parley.ui.calendar;

import java.time.LocalDate;
import java.util.List;

import org.parley.model.ContentItem;
import org.parley.representation.calendar.CalendarFilter;
import org.parley.ui.editor.ModelEditor;

/**
 * What the calendar page shares with its side panels and item actions: the editor (its session, command stack and
 * selection), the filter, the selected items and the day in view. Every change to the model goes through the
 * editor's command stack.
 */
public interface CalendarContext {

	ModelEditor editor();

	CalendarFilter filter();

	/** Shows only what {@code filter} accepts. */
	void setFilter(CalendarFilter filter);

	/** The items selected in the calendar (possibly none). */
	List<ContentItem> selectedItems();

	/** Selects {@code items} and shows the first of them. */
	void select(List<ContentItem> items);

	/** A day of the period in view (the first of the month in month view). */
	LocalDate focusDay();

	/** Shows the period holding {@code day}. */
	void show(LocalDate day);
}
