package org.parley.ui.tests.project;

import java.nio.file.Path;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.navigator.CommonNavigator;
import org.parley.ui.ParleyUi;
import org.parley.ui.navigator.ProjectOutlines;
import org.parley.ui.project.ParleyProjectCreation;
import org.parley.ui.testing.TreeHandle;
import org.parley.ui.testing.UiDriver;
import org.parley.ui.validation.ValidateProjectJob;

/** Parley projects for tests: created from the sample as the wizard does, and removed afterwards. */
public final class TestProjects {

	private TestProjects() {
	}

	/** Creates a project from the sample in the workspace, in a job as the wizard does, and waits for it. */
	public static IProject sample(UiDriver ui, String name) {
		Job job = new WorkspaceJob("Create " + name) {
			@Override
			public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
				ParleyProjectCreation.create(name, null, ParleyProjectCreation.Content.SAMPLE, monitor);
				return Status.OK_STATUS;
			}
		};
		job.schedule();
		ui.waitUntil("the project " + name + " to be created", () -> job.getState() == Job.NONE);
		if (!job.getResult().isOK()) {
			throw new AssertionError(job.getResult());
		}
		return ResourcesPlugin.getWorkspace().getRoot().getProject(name);
	}

	/** The project's folder on disk. */
	public static Path folder(IProject project) {
		return project.getLocation().toFile().toPath();
	}

	/** Refreshes the project after a test changed its files on disk, as a user's F5 would. */
	public static void refresh(IProject project) throws CoreException {
		project.refreshLocal(IResource.DEPTH_INFINITE, null);
	}

	/** Waits until no validation and no outline load is running or waiting. */
	public static void waitForJobs(UiDriver ui) {
		ui.waitUntil("validation and outline jobs to finish",
				() -> Job.getJobManager().find(ValidateProjectJob.FAMILY).length == 0
						&& Job.getJobManager().find(ProjectOutlines.FAMILY).length == 0);
	}

	/** Deletes the project and its files. */
	public static void delete(IProject project) throws CoreException {
		if (project != null && project.exists()) {
			project.delete(true, true, null);
		}
	}

	/** The Project Explorer's tree, the view opened. */
	public static TreeHandle explorer(UiDriver ui) {
		CommonNavigator navigator = (CommonNavigator) ui.workbench().openView(ParleyUi.PROJECT_EXPLORER_ID);
		Tree tree = navigator.getCommonViewer().getTree();
		return new TreeHandle(tree, ui.waiter());
	}
}
