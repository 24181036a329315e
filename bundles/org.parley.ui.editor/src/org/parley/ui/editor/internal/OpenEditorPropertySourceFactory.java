package org.parley.ui.editor.internal;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.properties.IPropertySource;
import org.parley.ui.editor.ModelEditor;
import org.parley.ui.emf.ItemPropertySource;

/**
 * Lets the Properties view show a model object that another part selected (the Project Explorer's model objects):
 * when a model editor has the object's project open, the properties edit that editor's object, undoable on its
 * command stack. Without such an editor there is no property source, so nothing edits files behind an editor.
 */
public final class OpenEditorPropertySourceFactory implements IAdapterFactory {

	@Override
	public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
		if (adapterType != IPropertySource.class || !(adaptable instanceof EObject object)
				|| !PlatformUI.isWorkbenchRunning()) {
			return null;
		}
		for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
			for (IWorkbenchPage page : window.getPages()) {
				for (IEditorReference reference : page.getEditorReferences()) {
					if (ModelEditor.ID.equals(reference.getId()) && reference.getEditor(false) instanceof ModelEditor editor) {
						EObject edited = editor.session().objectAt(EcoreUtil.getURI(object));
						if (edited != null && editor.session().adapterFactory().adapt(edited,
								IItemPropertySource.class) instanceof IItemPropertySource source) {
							return adapterType.cast(new ItemPropertySource(edited, source, editor.session().commands(),
									editor.session().labels()));
						}
					}
				}
			}
		}
		return null;
	}

	@Override
	public Class<?>[] getAdapterList() {
		return new Class<?>[] { IPropertySource.class };
	}
}
