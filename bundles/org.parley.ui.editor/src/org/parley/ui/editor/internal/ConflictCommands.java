package org.parley.ui.editor.internal;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.parley.core.merge.ConflictResolution;
import org.parley.core.merge.ConflictResolution.Choice;
import org.parley.model.MergeConflict;
import org.parley.model.ModelFile;
import org.parley.model.ParleyPackage;
import org.parley.ui.emf.LabelledCommand;

/**
 * Resolving a recorded merge conflict as one undoable command named after the choice ("Keep Theirs"): core's
 * {@link ConflictResolution} applies the chosen side and removes the record.
 */
public final class ConflictCommands {

	private ConflictCommands() {
	}

	/**
	 * The command that keeps {@code choice}'s side of {@code conflict}; when that side can no longer be applied (its
	 * object is gone), one that only removes the record, named "Dismiss Conflict".
	 */
	public static Command keep(EditingDomain domain, MergeConflict conflict, Choice choice) {
		ModelFile file = (ModelFile) conflict.eContainer();
		return ConflictResolution.command(file, conflict, choice)
				.<Command>map(command -> new LabelledCommand(choice == Choice.OURS ? "Keep Ours" : "Keep Theirs", command))
				.orElseGet(() -> new LabelledCommand("Dismiss Conflict",
						RemoveCommand.create(domain, file, ParleyPackage.Literals.MODEL_FILE__CONFLICTS, conflict)));
	}

	/** Whether {@code choice}'s side of the conflict can still be applied to the model. */
	public static boolean canKeep(MergeConflict conflict, Choice choice) {
		return conflict.eContainer() instanceof ModelFile file && ConflictResolution.of(file, conflict, choice).isPresent();
	}
}
