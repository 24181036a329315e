package org.parley.ui.editor.internal;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorMatchingStrategy;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IFileEditorInput;
import org.parley.ui.editor.ModelEditor;

/**
 * One model editor per project: opening another {@code .parley} file of a project that an editor already shows
 * activates that editor, which then shows the file's objects.
 */
public final class SameProjectMatchingStrategy implements IEditorMatchingStrategy {

	@Override
	public boolean matches(IEditorReference reference, IEditorInput input) {
		if (!(input instanceof IFileEditorInput fileInput)) {
			return false;
		}
		IFile file = fileInput.getFile();
		if (reference.getEditor(false) instanceof ModelEditor editor) {
			if (!editor.editsProjectOf(file)) {
				return false;
			}
			// Matching only says "this one"; the editor turns to the file once it is activated.
			Display.getCurrent().asyncExec(() -> editor.showFile(file));
			return true;
		}
		try {
			return reference.getEditorInput() instanceof IFileEditorInput other
					&& ProjectRoot.containerOf(other.getFile()).equals(ProjectRoot.containerOf(file));
		} catch (org.eclipse.ui.PartInitException e) {
			return false;
		}
	}
}
