package org.parley.ui.calendar.actions;

import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.parley.representation.calendar.edit.InvalidEditException;
import org.parley.ui.calendar.CalendarContext;
import org.parley.ui.emf.ChangeRefusals;

/**
 * Runs a calendar edit on the editor's command stack, so that it can be undone; an edit that cannot be made tells
 * the user why in a dialog named after it.
 */
final class EditorCommands {

	private final CalendarContext context;

	EditorCommands(CalendarContext context) {
		this.context = context;
	}

	/** Builds and runs the command; returns whether it ran. */
	boolean run(String title, Supplier<Command> edit) {
		Command command;
		try {
			command = edit.get();
		} catch (InvalidEditException e) {
			MessageDialog.openError(shell(), "Cannot " + title, String.join("\n", e.problems()));
			return false;
		}
		if (ChangeRefusals.show(shell(), command)) {
			return false;
		}
		if (!command.canExecute()) {
			return false;
		}
		context.editor().session().domain().getCommandStack().execute(command);
		return true;
	}

	Shell shell() {
		return context.editor().getSite().getShell();
	}
}
