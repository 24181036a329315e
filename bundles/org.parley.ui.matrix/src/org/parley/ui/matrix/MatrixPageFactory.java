package org.parley.ui.matrix;

import org.eclipse.ui.forms.editor.IFormPage;
import org.parley.ui.editor.ModelEditor;
import org.parley.ui.editor.ModelEditorPageFactory;

/** Puts the conversation matrix in the model editor, in the place of its generic matrix page. */
public final class MatrixPageFactory implements ModelEditorPageFactory {

	@Override
	public IFormPage createPage(ModelEditor editor) {
		return new MatrixPage(editor);
	}
}
