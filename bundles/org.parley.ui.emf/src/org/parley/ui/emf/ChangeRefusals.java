package org.parley.ui.emf;

import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

/** Tells the user why a change was refused, in a dialog titled after the change ("Cannot Set Status"). */
public final class ChangeRefusals {

	private ChangeRefusals() {
	}

	/** Shows the reason when {@code command} was refused; returns whether it was. */
	public static boolean show(Shell shell, Command command) {
		if (!(command instanceof RefusedCommand refused)) {
			return false;
		}
		MessageDialog.openError(shell, title(refused), refused.reason());
		return true;
	}

	/** The dialog title for a refused change: "Cannot Set Status". */
	public static String title(Command refused) {
		return "Cannot " + refused.getLabel();
	}
}
