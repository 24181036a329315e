package org.parley.ui.calendar.actions;

import java.time.Instant;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.window.Window;
import org.parley.model.ContentItem;
import org.parley.representation.calendar.edit.ItemEdits;
import org.parley.ui.calendar.CalendarContext;

/** "Add Comment…" and "Comments…" of one item. */
final class CommentActions {

	/** The preference (of {@code org.parley.ui}) naming the user in comments; the system's user name by default. */
	static final String USER_NAME_PREFERENCE = "userName";

	private final CalendarContext context;
	private final ContentItem item;

	CommentActions(CalendarContext context, ContentItem item) {
		this.context = context;
		this.item = item;
	}

	void fill(IMenuManager menu) {
		menu.add(new Action("Add Comment...") {
			@Override
			public void run() {
				addComment();
			}
		});
		int count = item.getComments().size();
		Action list = new Action("Comments (" + count + ")...") {
			@Override
			public void run() {
				new CommentsDialog(new EditorCommands(context).shell(), item)
						.open();
			}
		};
		list.setEnabled(count > 0);
		menu.add(list);
	}

	void addComment() {
		String author = author();
		AddCommentDialog dialog = new AddCommentDialog(new EditorCommands(context).shell(), item, author);
		if (dialog.open() == Window.OK) {
			ItemEdits edits = new ItemEdits(context.editor().session().domain());
			new EditorCommands(context).run("Add Comment",
					() -> edits.addComment(item, author, dialog.getValue(), Instant.now()));
		}
	}

	static String author() {
		String fallback = System.getProperty("user.name", "unknown");
		return Platform.getPreferencesService() == null ? fallback
				: Platform.getPreferencesService().getString("org.parley.ui", USER_NAME_PREFERENCE, fallback, null);
	}
}
