package org.parley.ui.editor.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.parley.core.storage.ProjectLayout;

/** The project folder a model file belongs to: the nearest folder above it that holds plan.parley. */
public final class ProjectRoot {

	private ProjectRoot() {
	}

	/** The root of {@code file}'s project; the file's own folder when no folder above holds a plan. */
	public static Path of(Path file) {
		Path folder = file.toAbsolutePath().normalize().getParent();
		for (Path current = folder; current != null; current = current.getParent()) {
			if (Files.isRegularFile(current.resolve(ProjectLayout.PLAN))) {
				return current;
			}
		}
		return ProjectLayout.CALENDAR.equals(folder.getFileName().toString()) ? folder.getParent() : folder;
	}

	/** The workspace container of the root of {@code file}'s project. */
	public static IContainer containerOf(IFile file) {
		for (IContainer current = file.getParent(); current != null; current = current.getParent()) {
			if (current.getFile(org.eclipse.core.runtime.IPath.fromOSString(ProjectLayout.PLAN)).exists()) {
				return current;
			}
		}
		IContainer folder = file.getParent();
		return ProjectLayout.CALENDAR.equals(folder.getName()) ? folder.getParent() : folder;
	}

	/** The root of a workspace file's project, on disk. */
	public static Path of(IFile file) {
		return containerOf(file).getLocation().toPath();
	}
}
