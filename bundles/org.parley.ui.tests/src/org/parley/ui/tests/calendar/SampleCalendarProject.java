package org.parley.ui.tests.calendar;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.parley.core.sample.SampleProject;
import org.parley.core.storage.ProjectStore;
import org.parley.ui.editor.ModelEditor;
import org.parley.ui.testing.UiThread;

/** The sample project in the workspace, opened in the model editor at its first calendar month. */
final class SampleCalendarProject {

	private final IProject project;

	private SampleCalendarProject(IProject project) {
		this.project = project;
	}

	static SampleCalendarProject create(Path folder, String name) throws IOException, CoreException {
		ProjectStore store = new ProjectStore();
		store.save(store.create(folder, SampleProject.create()));
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		IProjectDescription description = workspace.newProjectDescription(name);
		description.setLocation(IPath.fromPath(folder));
		IProject created = workspace.getRoot().getProject(name);
		created.create(description, null);
		created.open(null);
		return new SampleCalendarProject(created);
	}

	ModelEditor openEditor(IWorkbenchPage page) throws CoreException {
		IFile month = Arrays.stream(project.getFolder("calendar").members())
				.filter(r -> r.getName().matches("\\d{4}-\\d{2}\\.parley")).map(IFile.class::cast)
				.sorted(Comparator.comparing(IFile::getName)).findFirst().orElseThrow();
		return UiThread.call(() -> {
			try {
				return (ModelEditor) IDE.openEditor(page, month);
			} catch (PartInitException e) {
				throw new IllegalStateException(e);
			}
		});
	}

	void delete() throws CoreException {
		if (project.exists()) {
			project.delete(false, true, null);
		}
	}
}
