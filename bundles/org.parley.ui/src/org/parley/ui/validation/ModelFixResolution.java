package org.parley.ui.validation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IMarkerResolution2;
import org.parley.core.validation.fix.ProjectFix;

/**
 * A quick fix that changes the model on disk, in a job: loads the project, changes the object the marker is about,
 * saves, and refreshes the project, which validates it again (the marker goes) and makes an open editor reload.
 */
final class ModelFixResolution implements IMarkerResolution2 {

	/** The family of the jobs that apply fixes, to wait for them. */
	static final Object FAMILY = ModelFixResolution.class;

	private final String label;
	private final String description;
	private final Consumer<EObject> change;

	ModelFixResolution(String label, String description, Consumer<EObject> change) {
		this.label = label;
		this.description = description;
		this.change = change;
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
		IProject project = marker.getResource().getProject();
		URI uri = URI.createURI(marker.getAttribute(ProblemMarkers.URI, ""));
		WorkspaceJob job = new WorkspaceJob(label) {
			@Override
			public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
				Path directory = project.getLocation().toFile().toPath();
				try {
					new ProjectFix().apply(directory, uri, change);
				} catch (IOException | RuntimeException e) {
					return Status.error(label + ": " + e.getMessage(), e);
				} finally {
					project.refreshLocal(IResource.DEPTH_INFINITE, monitor);
				}
				return Status.OK_STATUS;
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == FAMILY;
			}
		};
		job.setRule(project);
		job.setUser(true);
		job.schedule();
	}
}
