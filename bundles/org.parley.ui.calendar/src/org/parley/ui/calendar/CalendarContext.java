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

	/**
	 * The original date (by the rule) of the occurrence the item menu was opened on, when the calendar knows it;
	 * null otherwise. Occurrence actions then offer that occurrence first.
	 */
	default LocalDate occurrenceDay() {
		return null;
	}

	/** The kind of view shown ({@code month}, {@code week}, {@code agenda}, {@code timeline}), for saved views; null when unknown. */
	default String viewKind() {
		return null;
	}

	/** Shows the view of that kind (a saved view being applied); a kind the page does not know is ignored. */
	default void showViewKind(String kind) {
		// nothing by default
	}
}
