package org.parley.ui.validation;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.ILog;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.parley.ui.project.ModelEditors;

/** A quick fix that needs the user's judgement: opens the editor at the object the marker is about. */
final class OpenInEditorResolution implements IMarkerResolution2 {

	private final String label;
	private final String description;

	OpenInEditorResolution(String label, String description) {
		this.label = label;
		this.description = description;
	}

	@Override
	public String getLabel() {
		return label;
	}

	@Override
	public String getDescription() {
		return description;
	}

	@Override
	public Image getImage() {
		return null;
	}

	@Override
	public void run(IMarker marker) {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		IWorkbenchPage page = window == null ? null : window.getActivePage();
		if (page == null) {
			return;
		}
		try {
			ModelEditors.open(page, marker);
		} catch (PartInitException e) {
			ILog.of(OpenInEditorResolution.class).log(e.getStatus());
		}
	}
}
