package org.parley.ui.editor.internal;

import org.eclipse.jface.action.Action;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPropertyListener;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorActionBarContributor;
import org.parley.ui.editor.ModelEditor;

/**
 * Hands the active model editor's undo, redo, delete, copy and paste to the workbench's Edit menu and keys, and
 * File > Revert to its reload.
 */
public final class ModelEditorContributor extends EditorActionBarContributor {

	private final IPropertyListener dirtyListener = (source, property) -> updateRevert();
	private ModelEditor active;
	private final Action revert = new Action("Revert") {
		@Override
		public void run() {
			if (active != null) {
				active.revert();
			}
		}
	};

	@Override
	public void setActiveEditor(IEditorPart part) {
		if (active != null) {
			active.removePropertyListener(dirtyListener);
		}
		active = part instanceof ModelEditor editor ? editor : null;
		if (active != null && active.actions() != null) {
			active.addPropertyListener(dirtyListener);
			getActionBars().setGlobalActionHandler(ActionFactory.REVERT.getId(), revert);
			active.actions().contributeTo(getActionBars());
		}
		updateRevert();
	}

	private void updateRevert() {
		revert.setEnabled(active != null && active.isDirty());
	}

	@Override
	public void dispose() {
		if (active != null) {
			active.removePropertyListener(dirtyListener);
		}
		super.dispose();
	}
}
