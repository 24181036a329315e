package org.parley.ui.calendar.actions;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.window.Window;
import org.parley.core.calendar.RecurrenceExpander;
import org.parley.model.ContentItem;
import org.parley.representation.calendar.edit.RecurrenceEdits;
import org.parley.representation.calendar.edit.RecurrenceSettings;
import org.parley.ui.calendar.CalendarContext;

/**
 * "Edit Recurrence...", and for a series "Edit Occurrence", "Skip Occurrence" and "Split Series From" (this and
 * following; the next occurrences from the day in view, the one the menu was opened on first) and "Stop Repeating".
 */
final class RecurrenceActions {

	/** How many occurrences the submenus offer. */
	static final int OFFERED = 8;

	private final CalendarContext context;
	private final ContentItem item;
	private final RecurrenceExpander expander = new RecurrenceExpander();

	RecurrenceActions(CalendarContext context, ContentItem item) {
		this.context = context;
		this.item = item;
	}

	void fill(IMenuManager menu) {
		menu.add(new Action("Edit Recurrence...") {
			@Override
			public void run() {
				editSeries();
			}
		});
		if (item.getRecurrence() == null) {
			return;
		}
		MenuManager edit = new MenuManager("Edit Occurrence");
		MenuManager skip = new MenuManager("Skip Occurrence");
		MenuManager split = new MenuManager("Split Series From");
		LocalDate first = expander.seriesStart(item) == null ? null : expander.seriesStart(item).toLocalDate();
		for (LocalDate date : offeredDates()) {
			if (!date.equals(first)) {
				split.add(new Action(label(date)) {
					@Override
					public void run() {
						splitFrom(date);
					}
				});
			}
			edit.add(new Action(label(date) + "...") {
				@Override
				public void run() {
					editOccurrence(date);
				}
			});
			skip.add(new Action(label(date)) {
				@Override
				public void run() {
					new EditorCommands(context).run("Skip Occurrence", () -> edits().skipOccurrence(item, date));
				}
			});
		}
		menu.add(edit);
		menu.add(skip);
		menu.add(split);
		menu.add(new Action("Stop Repeating") {
			@Override
			public void run() {
				new EditorCommands(context).run("Stop Repeating", () -> edits().stopRepeating(item));
			}
		});
	}

	void editSeries() {
		RecurrenceSettings initial = item.getRecurrence() == null ? RecurrenceSettings.weekly()
				: RecurrenceSettings.of(item.getRecurrence());
		var start = expander.seriesStart(item);
		RecurrenceDialog dialog = new RecurrenceDialog(new EditorCommands(context).shell(), item.getTitle(),
				start == null ? null : start.toLocalDate(), initial);
		if (dialog.open() == Window.OK && !dialog.settings().equals(initial)) {
			new EditorCommands(context).run("Edit Recurrence", () -> edits().editSeries(item, dialog.settings()));
		}
	}

	void editOccurrence(LocalDate date) {
		OccurrenceDialog dialog = new OccurrenceDialog(new EditorCommands(context).shell(), item, date);
		if (dialog.open() == Window.OK) {
			new EditorCommands(context).run("Edit Occurrence",
					() -> edits().editOccurrence(item, date, dialog.scheduledAt(), dialog.title(), dialog.body()));
		}
	}

	/** "This and following": a new series from {@code date} on, selected so that it can be edited apart. */
	void splitFrom(LocalDate date) {
		RecurrenceEdits.Split[] split = new RecurrenceEdits.Split[1];
		boolean ran = new EditorCommands(context).run("Split Series", () -> {
			split[0] = edits().splitFrom(item, date);
			return split[0].command();
		});
		if (ran) {
			context.select(List.of(split[0].following()));
		}
	}

	/** The occurrence the menu was opened on, then the next ones from the day in view, skipped days left out. */
	List<LocalDate> offeredDates() {
		List<LocalDate> dates = new ArrayList<>();
		LocalDate opened = context.occurrenceDay();
		LocalDate from = context.focusDay() == null ? LocalDate.now() : context.focusDay();
		List<LocalDate> rule = expander.ruleDates(item, from.plusYears(1));
		if (opened != null && rule.contains(opened)) {
			dates.add(opened);
		}
		for (LocalDate date : rule) {
			if (dates.size() >= OFFERED) {
				break;
			}
			if (!date.isBefore(from) && !dates.contains(date) && !item.getRecurrence().getExceptionDates().contains(date)) {
				dates.add(date);
			}
		}
		return dates;
	}

	private RecurrenceEdits edits() {
		return new RecurrenceEdits(context.editor().session().domain());
	}

	private static String label(LocalDate date) {
		return date + " (" + date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + ")";
	}
}
