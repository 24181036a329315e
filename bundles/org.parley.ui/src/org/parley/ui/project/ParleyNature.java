package org.parley.ui.project;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectNature;
import org.eclipse.core.runtime.CoreException;

/**
 * Marks an Eclipse project as a Parley project: a folder with {@code plan.parley} whose model the Project Explorer
 * outlines and whose findings show as Parley problems. It adds no builder: validation runs as a job when model
 * files change (see {@link org.parley.ui.validation.AutoValidation}).
 */
public class ParleyNature implements IProjectNature {

	/** The nature's id, as written in {@code .project}. */
	public static final String ID = "org.parley.ui.nature";

	private IProject project;

	/** Whether the project is open and has the Parley nature. */
	public static boolean isParleyProject(IProject project) {
		try {
			return project != null && project.isOpen() && project.hasNature(ID);
		} catch (CoreException e) {
			return false;
		}
	}

	@Override
	public void configure() throws CoreException {
		// nothing to set up: no builder
	}

	@Override
	public void deconfigure() throws CoreException {
		// nothing to take down
	}

	@Override
	public IProject getProject() {
		return project;
	}

	@Override
	public void setProject(IProject project) {
		this.project = project;
	}
}
