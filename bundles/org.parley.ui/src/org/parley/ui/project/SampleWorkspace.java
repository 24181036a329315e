package org.parley.ui.project;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.navigator.CommonNavigator;
import org.osgi.service.prefs.BackingStoreException;
import org.parley.core.storage.ProjectLayout;
import org.parley.ui.ParleyUi;

/**
 * Gives a new workspace the sample project, so that the first start shows a plan to explore rather than an empty
 * window. Only once per workspace: a user who deletes the sample does not get it back. The project is written in
 * a {@link WorkspaceJob}, so the workbench opens at once and the sample appears when written.
 */
public final class SampleWorkspace {

	/** The name of the sample project in the workspace. */
	public static final String PROJECT_NAME = "giffgaff-sample";

	/** The family of the job that creates the sample, to wait for it. */
	public static final Object FAMILY = SampleWorkspace.class;

	private static final String OFFERED = "sampleProjectOffered";

	private SampleWorkspace() {
	}

	/**
	 * Shows the new sample opened one level in the Project Explorer and its plan in the model editor, so that the
	 * first things seen are its outline and overview rather than an empty window.
	 */
	public static void show(IProject project) {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
			IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
			IWorkbenchPage page = window == null ? null : window.getActivePage();
			if (page != null && page.findView(ParleyUi.PROJECT_EXPLORER_ID) instanceof CommonNavigator explorer) {
				explorer.selectReveal(new StructuredSelection(project));
				explorer.getCommonViewer().expandToLevel(project, 1);
			}
			if (page != null) {
				try {
					IDE.openEditor(page, project.getFile(ProjectLayout.PLAN));
				} catch (PartInitException e) {
					ILog.of(SampleWorkspace.class).log(e.getStatus());
				}
			}
		});
	}

	/** Schedules the sample's creation when this workspace never had it offered and holds no project. */
	public static void offerOnFirstStart() {
		IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(ParleyUi.PLUGIN_ID);
		IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
		if (preferences.getBoolean(OFFERED, false) || root.getProjects().length > 0) {
			return;
		}
		preferences.putBoolean(OFFERED, true);
		try {
			preferences.flush();
		} catch (BackingStoreException e) {
			ILog.of(SampleWorkspace.class).log(Status.warning("Cannot remember that the sample project was created", e));
		}
		WorkspaceJob job = new WorkspaceJob("Creating the sample project " + PROJECT_NAME) {
			@Override
			public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
				IProject project = root.getProject(PROJECT_NAME);
				if (!project.exists()) {
					ParleyProjectCreation.create(PROJECT_NAME, null, ParleyProjectCreation.Content.SAMPLE, monitor);
				}
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == FAMILY;
			}
		};
		job.setRule(ResourcesPlugin.getWorkspace().getRuleFactory().createRule(root.getProject(PROJECT_NAME)));
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				if (event.getResult().isOK()) {
					show(root.getProject(PROJECT_NAME));
				}
			}
		});
		job.schedule();
	}
}
