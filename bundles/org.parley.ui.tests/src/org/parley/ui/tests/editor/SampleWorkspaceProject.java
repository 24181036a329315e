package org.parley.ui.tests.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.parley.core.sample.SampleProject;
import org.parley.core.storage.LoadedProject;
import org.parley.core.storage.ProjectStore;
import org.parley.model.Plan;

/** The sample project written to a folder and imported into the workspace, as a user's project would be. */
public final class SampleWorkspaceProject {

	private final Path folder;
	private final IProject project;

	private SampleWorkspaceProject(Path folder, IProject project) {
		this.folder = folder;
		this.project = project;
	}

	public static SampleWorkspaceProject create(Path folder, String name) throws IOException, CoreException {
		ProjectStore store = new ProjectStore();
		store.save(store.create(folder, SampleProject.create()));
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		IProjectDescription description = workspace.newProjectDescription(name);
		description.setLocation(IPath.fromPath(folder));
		IProject project = workspace.getRoot().getProject(name);
		project.create(description, null);
		project.open(null);
		return new SampleWorkspaceProject(folder, project);
	}

	public IFile file(String path) {
		return project.getFile(path);
	}

	public Path folder() {
		return folder;
	}

	/** Changes the files behind the workspace's back, as a {@code git pull} would, then lets the workspace notice. */
	void changeOnDisk(Consumer<Plan> change) throws IOException, CoreException {
		ProjectStore store = new ProjectStore();
		LoadedProject loaded = store.load(folder);
		change.accept(loaded.plan());
		store.save(loaded);
		project.refreshLocal(IResource.DEPTH_INFINITE, null);
	}

	/** The project as it is on disk now. */
	Plan onDisk() throws IOException {
		return new ProjectStore().load(folder).plan();
	}

	public void delete() throws CoreException {
		if (project.exists()) {
			project.delete(false, true, null);
		}
	}
}
