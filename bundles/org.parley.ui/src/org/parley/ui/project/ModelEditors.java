package org.parley.ui.project;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.IShowInTarget;
import org.eclipse.ui.part.ShowInContext;

/** Opens the model editor on the file that holds an object, and shows the object in it. */
public final class ModelEditors {

	/** The id of the Parley model editor (bundle {@code org.parley.ui.editor}). */
	public static final String MODEL_EDITOR_ID = "org.parley.ui.editor.model";
	/** The platform's text editor, used while no model editor is installed. */
	static final String TEXT_EDITOR_ID = "org.eclipse.ui.DefaultTextEditor";

	private ModelEditors() {
	}

	/** The workspace file of an object URI ({@code file:/...#id}), or {@code null} when it is outside the workspace. */
	public static IFile fileOf(URI objectUri) {
		if (objectUri == null || !objectUri.trimFragment().isFile()) {
			return null;
		}
		IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
		IFile[] files = root.findFilesForLocationURI(java.net.URI.create(objectUri.trimFragment().toString()));
		return files.length == 0 ? null : files[0];
	}

	/** Opens the editor on the object's file and selects the object; the editor, or {@code null} when there is no file. */
	public static IEditorPart open(IWorkbenchPage page, URI objectUri) throws PartInitException {
		IFile file = fileOf(objectUri);
		if (file == null) {
			return null;
		}
		IEditorPart editor = IDE.openEditor(page, file, editorId(), true);
		if (editor instanceof IShowInTarget target && objectUri.hasFragment()) {
			target.show(new ShowInContext(null, new StructuredSelection(objectUri)));
		}
		return editor;
	}

	/**
	 * Opens the editor at a marker: the model editor goes to the marker's object ({@code org.parley.uri}); while no
	 * model editor is installed, the text editor goes to the marker's line.
	 */
	public static IEditorPart open(IWorkbenchPage page, IMarker marker) throws PartInitException {
		if (!(marker.getResource() instanceof IFile file)) {
			return null;
		}
		IEditorPart editor = IDE.openEditor(page, file, editorId(), true);
		IDE.gotoMarker(editor, marker);
		return editor;
	}

	private static String editorId() {
		var registry = PlatformUI.getWorkbench().getEditorRegistry();
		return registry.findEditor(MODEL_EDITOR_ID) != null ? MODEL_EDITOR_ID : TEXT_EDITOR_ID;
	}
}
