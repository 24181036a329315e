package org.parley.ui.calendar;

import java.util.List;

import org.eclipse.jface.action.IMenuManager;
import org.parley.model.ContentItem;
import org.parley.ui.calendar.actions.ItemActionsMenu;

/** What the context menu of calendar items offers beyond move, open and delete (status, comments, recurrence …). */
public final class CalendarItemActions {

	private CalendarItemActions() {
	}

	/** Adds the actions for {@code items} (the selection, possibly empty) to {@code menu}. */
	public static void fill(IMenuManager menu, CalendarContext context, List<ContentItem> items) {
		ItemActionsMenu.fill(menu, context, items);
	}
}
