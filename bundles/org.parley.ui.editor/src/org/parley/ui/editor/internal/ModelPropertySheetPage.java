package org.parley.ui.editor.internal;

import org.eclipse.ui.IActionBars;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.parley.ui.emf.EditingActions;
import org.parley.ui.emf.ItemLabelProvider;
import org.parley.ui.emf.ItemPropertySourceProvider;

/**
 * The Properties view's page for the model editor: the selected object's properties, editable as undoable commands
 * on the editor's command stack, with the editor's undo and redo while the view is active.
 */
public final class ModelPropertySheetPage extends PropertySheetPage {

	private final EditingActions actions;
	private ItemLabelProvider labels;

	public ModelPropertySheetPage(EditingSession session, EditingActions actions) {
		this.actions = actions;
		sessionChanged(session);
	}

	/** Edits the objects of the editor's new session. */
	public void sessionChanged(EditingSession session) {
		ItemLabelProvider old = labels;
		labels = new ObjectLabels(session.adapterFactory());
		setPropertySourceProvider(new ItemPropertySourceProvider(session.adapterFactory(), session.commands(), labels));
		if (old != null) {
			old.dispose();
		}
	}

	@Override
	public void setActionBars(IActionBars actionBars) {
		super.setActionBars(actionBars);
		actions.shareUndoRedo(actionBars);
	}

	@Override
	public void dispose() {
		super.dispose();
		if (labels != null) {
			labels.dispose();
		}
	}
}
