package org.parley.ui.project;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.parley.core.sample.SampleProject;
import org.parley.core.storage.ProjectLayout;
import org.parley.core.storage.ProjectStore;
import org.parley.listening.sample.SampleMentions;
import org.parley.model.ParleyFactory;
import org.parley.model.Plan;

/**
 * Creates a Parley project in the workspace: writes the model files (an empty plan, or the sample) into the
 * project's folder, unless the folder already holds a plan, which is then taken as it is; and creates the Eclipse
 * project with the Parley nature, which writes {@code .project} so that a clone imports as an existing project.
 * Runs in the caller's job or operation; never on the UI thread.
 */
public final class ParleyProjectCreation {

	/** What a new project starts with. */
	public enum Content {
		/** A plan with its name and nothing else. */
		EMPTY,
		/** The giffgaff sample plan, with its analysed mentions. */
		SAMPLE
	}

	private ParleyProjectCreation() {
	}

	/**
	 * Creates and opens the project.
	 *
	 * @param location the folder, or {@code null} for the default one in the workspace
	 */
	public static IProject create(String name, URI location, Content content, IProgressMonitor monitor)
			throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, "Creating the Parley project " + name, 4);
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		IProject project = workspace.getRoot().getProject(name);
		Path folder = location != null ? Path.of(location)
				: workspace.getRoot().getLocation().append(name).toFile().toPath();
		writeModel(folder, name, content);
		progress.worked(2);
		IProjectDescription description = workspace.newProjectDescription(name);
		description.setLocationURI(location);
		description.setNatureIds(new String[] { ParleyNature.ID });
		if (!project.exists()) {
			project.create(description, progress.split(1));
		}
		project.open(IResource.BACKGROUND_REFRESH, progress.split(1));
		if (!ParleyNature.isParleyProject(project)) {
			addNature(project, progress.split(1));
		}
		setEncoding(project, progress.split(1));
		return project;
	}

	/** Model files are UTF-8 XML: saying so in the project settings keeps the platform from warning about it. */
	static void setEncoding(IProject project, IProgressMonitor monitor) throws CoreException {
		if (!"UTF-8".equals(project.getDefaultCharset(false))) {
			project.setDefaultCharset("UTF-8", monitor);
		}
	}

	/** Adds the Parley nature to an existing project, such as a folder with a plan imported without it. */
	public static void addNature(IProject project, IProgressMonitor monitor) throws CoreException {
		IProjectDescription description = project.getDescription();
		String[] natures = description.getNatureIds();
		String[] more = java.util.Arrays.copyOf(natures, natures.length + 1);
		more[natures.length] = ParleyNature.ID;
		description.setNatureIds(more);
		project.setDescription(description, monitor);
	}

	private static void writeModel(Path folder, String name, Content content) throws CoreException {
		if (Files.exists(folder.resolve(ProjectLayout.PLAN))) {
			return;
		}
		try {
			Plan plan;
			if (content == Content.SAMPLE) {
				plan = SampleProject.create();
			} else {
				plan = ParleyFactory.eINSTANCE.createPlan();
				plan.setName(name);
			}
			ProjectStore store = new ProjectStore();
			Files.createDirectories(folder);
			store.save(store.create(folder, plan));
			if (content == Content.SAMPLE) {
				SampleMentions.addTo(folder, plan);
			}
		} catch (IOException e) {
			throw new CoreException(Status.error(folder + ": cannot write the Parley project: " + e.getMessage(), e));
		}
	}
}
