package org.parley.ui.editor.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.TableWrapData;
import org.parley.core.merge.ConflictResolution.Choice;
import org.parley.model.MergeConflict;
import org.parley.model.ModelFile;
import org.parley.model.Plan;
import org.parley.ui.editor.ModelEditor;

/**
 * The merge conflicts recorded in the project's files, each with both sides' values ("ours: … / theirs: …") and a
 * button per side that keeps it, as an undoable command that also removes the record. The model holds our side
 * after a merge, so keeping ours only removes the record.
 */
final class ConflictsSection {

	private final ModelEditor editor;
	private final FormToolkit toolkit;
	private final Composite client;

	ConflictsSection(ModelEditor editor, FormToolkit toolkit, Composite client) {
		this.editor = editor;
		this.toolkit = toolkit;
		this.client = client;
	}

	/** Every conflict recorded in the plan's files, file by file. */
	static List<MergeConflict> conflictsOf(Plan plan) {
		List<MergeConflict> conflicts = new ArrayList<>(plan.getConflicts());
		for (EObject content : plan.eContents()) {
			if (content instanceof ModelFile file) {
				conflicts.addAll(file.getConflicts());
			}
		}
		return conflicts;
	}

	void refresh() {
		for (var child : client.getChildren()) {
			child.dispose();
		}
		List<MergeConflict> conflicts = conflictsOf(editor.session().plan());
		if (conflicts.isEmpty()) {
			toolkit.createLabel(client, "No merge conflicts.");
		}
		for (MergeConflict conflict : conflicts) {
			Composite row = toolkit.createComposite(client);
			row.setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB));
			row.setLayout(new GridLayout(1, false));
			Label what = toolkit.createLabel(row, describe(conflict), SWT.WRAP);
			what.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
			toolkit.createLabel(row, "ours: " + valueText(conflict.getOursValue()) + "  /  theirs: "
					+ valueText(conflict.getTheirsValue()), SWT.WRAP);
			Composite buttons = toolkit.createComposite(row);
			buttons.setLayout(new GridLayout(2, false));
			button(buttons, conflict, Choice.OURS, "Keep Ours");
			button(buttons, conflict, Choice.THEIRS, "Keep Theirs");
		}
		client.getParent().layout(true, true);
	}

	private void button(Composite parent, MergeConflict conflict, Choice choice, String text) {
		Button button = toolkit.createButton(parent, text, SWT.PUSH);
		boolean applicable = ConflictCommands.canKeep(conflict, choice);
		button.setEnabled(applicable);
		button.setToolTipText(applicable ? null : "Their side names an object or value this project no longer has");
		// After the click: the command rebuilds this section, button included.
		button.addListener(SWT.Selection,
				e -> button.getDisplay().asyncExec(() -> execute(ConflictCommands.keep(domain(), conflict, choice))));
	}

	private EditingDomain domain() {
		return editor.session().domain();
	}

	private void execute(Command command) {
		if (command.canExecute()) {
			domain().getCommandStack().execute(command);
		}
	}

	private String describe(MergeConflict conflict) {
		EObject object = editor.session().objectWithId(conflict.getObjectId());
		String label = object == null ? conflict.getObjectId() : editor.session().commands().label(object);
		String feature = conflict.getFeatureName() == null || conflict.getFeatureName().isBlank() ? ""
				: " · " + conflict.getFeatureName();
		return label + feature;
	}

	private static String valueText(String value) {
		return value == null ? "(none)" : "\"" + value + "\"";
	}
}
