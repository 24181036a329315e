package org.parley.ui.matrix.map;

import org.eclipse.ui.forms.editor.IFormPage;
import org.parley.ui.editor.ModelEditor;
import org.parley.ui.editor.ModelEditorPageFactory;

/** Contributes the strategy map to the model editor, after the matrix. */
public final class MapPageFactory implements ModelEditorPageFactory {

	@Override
	public IFormPage createPage(ModelEditor editor) {
		return new MapPage(editor);
	}
}
