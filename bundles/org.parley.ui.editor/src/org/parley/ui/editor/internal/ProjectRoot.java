package org.parley.ui.editor.internal;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.parley.core.storage.ProjectLayout;

/** The project folder a model file belongs to: the nearest folder above it that holds plan.parley. */
public final class ProjectRoot {

	private ProjectRoot() {
	}

	/** The workspace container of the root of {@code file}'s project. */
	public static IContainer containerOf(IFile file) {
		for (IContainer current = file.getParent(); current != null && current.getType() != IResource.ROOT;
				current = current.getParent()) {
			if (current.getFile(org.eclipse.core.runtime.IPath.fromOSString(ProjectLayout.PLAN)).exists()) {
				return current;
			}
		}
		IContainer folder = file.getParent();
		return ProjectLayout.CALENDAR.equals(folder.getName()) ? folder.getParent() : folder;
	}
}
