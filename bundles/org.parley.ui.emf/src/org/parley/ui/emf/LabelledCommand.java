package org.parley.ui.emf;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandWrapper;

/** A command under the name the user knows it by ("Set Title"), which Edit > Undo and Redo show. */
public final class LabelledCommand extends CommandWrapper {

	public LabelledCommand(String label, Command command) {
		super(label, command.getDescription(), command);
	}
}
