package org.parley.ui.calendar.actions;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.parley.model.ContentItem;
import org.parley.model.ContentStatus;
import org.parley.model.ParleyPackage;
import org.parley.representation.calendar.edit.ItemEdits;
import org.parley.ui.calendar.CalendarContext;
import org.parley.ui.emf.ChangeCommands;
import org.parley.ui.emf.RefusedCommand;

/**
 * The "Status" submenu: every status from idea to cancelled, the selected items' own checked. Setting goes through
 * the editor's {@link ChangeCommands}, so the same vetoes hold as in the details form: an item breaking an
 * error-level rule is not scheduled, and the dialog says which rule and how to fix it. All items change or none.
 */
final class StatusActions {

	private final CalendarContext context;
	private final List<ContentItem> items;

	StatusActions(CalendarContext context, List<ContentItem> items) {
		this.context = context;
		this.items = List.copyOf(items);
	}

	void fill(IMenuManager menu) {
		MenuManager statuses = new MenuManager("Status");
		for (ContentStatus status : ContentStatus.VALUES) {
			Action action = new Action(ItemEdits.statusName(status), IAction.AS_CHECK_BOX) {
				@Override
				public void run() {
					setStatus(status);
				}
			};
			action.setChecked(!items.isEmpty() && items.stream().allMatch(i -> i.getStatus() == status));
			statuses.add(action);
		}
		menu.add(statuses);
	}

	/** Sets {@code status} on every selected item, or on none when a veto refuses one of them. */
	void setStatus(ContentStatus status) {
		ChangeCommands commands = context.editor().session().commands();
		String label = "Set Status to " + ItemEdits.statusName(status);
		CompoundCommand change = new CompoundCommand(label);
		List<String> refusals = new ArrayList<>();
		for (ContentItem item : items) {
			if (item.getStatus() == status) {
				continue;
			}
			Command set = commands.set(item, ParleyPackage.Literals.CONTENT_ITEM__STATUS, status);
			if (set instanceof RefusedCommand refused) {
				refusals.add(refused.reason());
			} else {
				change.append(set);
			}
		}
		EditorCommands runner = new EditorCommands(context);
		if (!refusals.isEmpty()) {
			MessageDialog.openError(runner.shell(), "Cannot " + label, String.join("\n\n", refusals));
			return;
		}
		runner.run(label, () -> change);
	}
}
