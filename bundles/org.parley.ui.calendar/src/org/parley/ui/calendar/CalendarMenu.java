package org.parley.ui.calendar;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.parley.model.Channel;
import org.parley.model.ChannelVariant;
import org.parley.model.ContentItem;
import org.parley.representation.calendar.DropTarget;

/**
 * The context menu of the calendar: Open, Move to Backlog, Delete, Insert Here and Push Later Items Back, then what
 * the calendar's editing features add ({@link CalendarItemActions}), then Undo and Redo.
 */
final class CalendarMenu {

	private final CalendarPage page;

	CalendarMenu(CalendarPage page) {
		this.page = page;
	}

	MenuManager create() {
		MenuManager menu = new MenuManager("#PopUp");
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(this::fill);
		return menu;
	}

	private void fill(IMenuManager menu) {
		List<ContentItem> items = page.selectedItems();
		DropTarget target = page.menuTarget();
		if (!items.isEmpty()) {
			menu.add(action("Open", () -> page.open(items.get(0))));
			Action backlog = action("Move to Backlog", () -> page.drop(items, null, new DropTarget.Backlog(), false));
			backlog.setEnabled(items.stream().anyMatch(i -> i.getScheduledAt() != null));
			menu.add(backlog);
			menu.add(page.editor().actions().deleteAction());
		}
		if (items.size() == 1 && target != null && target.date() != null) {
			insertHere(menu, items.get(0), target);
		}
		menu.add(new Separator("additions"));
		CalendarItemActions.fill(menu, page, items);
		menu.add(new Separator());
		menu.add(page.editor().actions().undoAction());
		menu.add(page.editor().actions().redoAction());
	}

	/** One entry per channel of the item (the row's channel alone in the timeline). */
	private void insertHere(IMenuManager menu, ContentItem item, DropTarget target) {
		LocalDate day = target.date();
		List<Channel> channels = item.getVariants().stream().map(ChannelVariant::getChannel).filter(c -> c != null)
				.filter(c -> !(target instanceof DropTarget.ChannelDay row) || row.channelId().equals(c.getId()))
				.distinct().toList();
		String text = "Insert Here (" + day + ") and Push Later Items Back";
		if (channels.size() == 1) {
			menu.add(action(text + " on " + channels.get(0).getName(),
					() -> page.insertAndPushBack(item, channels.get(0), day)));
		} else if (channels.size() > 1) {
			MenuManager sub = new MenuManager(text);
			for (Channel channel : channels) {
				sub.add(action("On " + channel.getName(), () -> page.insertAndPushBack(item, channel, day)));
			}
			menu.add(sub);
		}
	}

	private static Action action(String text, Runnable run) {
		return new Action(text) {
			@Override
			public void run() {
				run.run();
			}
		};
	}
}
