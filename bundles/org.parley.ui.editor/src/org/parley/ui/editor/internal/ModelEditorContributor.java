package org.parley.ui.editor.internal;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.part.EditorActionBarContributor;
import org.parley.ui.editor.ModelEditor;

/** Hands the active model editor's undo, redo, delete, copy and paste to the workbench's Edit menu and keys. */
public final class ModelEditorContributor extends EditorActionBarContributor {

	@Override
	public void setActiveEditor(IEditorPart part) {
		if (part instanceof ModelEditor editor && editor.actions() != null) {
			editor.actions().contributeTo(getActionBars());
		}
	}
}
