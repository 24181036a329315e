package org.parley.ui.calendar.actions;

import java.util.List;

import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.Separator;
import org.parley.model.ContentItem;
import org.parley.ui.calendar.CalendarContext;

/**
 * The calendar features' part of an item's context menu: Status for any selection; comments and recurrence for a
 * single item.
 */
public final class ItemActionsMenu {

	private ItemActionsMenu() {
	}

	public static void fill(IMenuManager menu, CalendarContext context, List<ContentItem> items) {
		if (items.isEmpty()) {
			return;
		}
		menu.add(new Separator("calendar.features"));
		new StatusActions(context, items).fill(menu);
		if (items.size() == 1) {
			ContentItem item = items.get(0);
			new CommentActions(context, item).fill(menu);
			menu.add(new Separator());
			new RecurrenceActions(context, item).fill(menu);
		}
	}
}
