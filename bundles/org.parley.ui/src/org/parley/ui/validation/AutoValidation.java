package org.parley.ui.validation;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.parley.ui.project.ParleyChanges;
import org.parley.ui.project.ParleyNature;

/**
 * Validates a Parley project whenever its model files change on disk (a save in an editor, a quick fix, a Git
 * checkout) and when it is opened or created. Changes that come in a burst are validated once.
 */
public final class AutoValidation implements IResourceChangeListener {

	/** How long to wait for more changes before validating. */
	static final long DELAY_MILLIS = 300;

	private static final AutoValidation INSTANCE = new AutoValidation();

	private final Map<IProject, ValidateProjectJob> jobs = new ConcurrentHashMap<>();
	private boolean started;

	private AutoValidation() {
	}

	/** Starts listening to the workspace, and validates the Parley projects already there; calling it again does nothing. */
	public static synchronized void start() {
		if (INSTANCE.started) {
			return;
		}
		INSTANCE.started = true;
		ResourcesPlugin.getWorkspace().addResourceChangeListener(INSTANCE, IResourceChangeEvent.POST_CHANGE);
		for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			if (ParleyNature.isParleyProject(project)) {
				validate(project, 0);
			}
		}
	}

	/** Validates the project soon, once even when asked several times in a row. */
	public static void validate(IProject project, long delayMillis) {
		ValidateProjectJob job = INSTANCE.jobs.computeIfAbsent(project, ValidateProjectJob::new);
		if (job.getState() == Job.RUNNING) {
			// the running job may have read the old files: validate once more after it
			job = new ValidateProjectJob(project);
			INSTANCE.jobs.put(project, job);
		}
		job.schedule(delayMillis);
	}

	@Override
	public void resourceChanged(IResourceChangeEvent event) {
		ParleyChanges changes = ParleyChanges.of(event);
		for (IProject project : changes.gone()) {
			ValidateProjectJob job = jobs.remove(project);
			if (job != null) {
				job.cancel();
			}
		}
		for (IProject project : changes.modelChanged()) {
			validate(project, DELAY_MILLIS);
		}
	}
}
