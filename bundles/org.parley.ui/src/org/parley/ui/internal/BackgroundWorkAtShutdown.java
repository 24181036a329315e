package org.parley.ui.internal;

import org.eclipse.core.runtime.jobs.IJobManager;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchListener;
import org.eclipse.ui.PlatformUI;
import org.parley.ui.validation.ValidateProjectJob;

/**
 * Cancels Parley's validations when the workbench closes and waits briefly for them to stop: a validation still
 * writing markers while the workspace shuts down fails with an internal error in the log.
 */
final class BackgroundWorkAtShutdown implements IWorkbenchListener {

	private static final long MOST_WAIT_MILLIS = 5_000;

	static void register() {
		PlatformUI.getWorkbench().addWorkbenchListener(new BackgroundWorkAtShutdown());
	}

	@Override
	public boolean preShutdown(IWorkbench workbench, boolean forced) {
		IJobManager jobs = Job.getJobManager();
		jobs.cancel(ValidateProjectJob.FAMILY);
		long deadline = System.currentTimeMillis() + MOST_WAIT_MILLIS;
		for (Job job : jobs.find(ValidateProjectJob.FAMILY)) {
			try {
				// validations never wait for the UI thread, so joining here cannot deadlock
				job.join(Math.max(1, deadline - System.currentTimeMillis()), null);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		return true;
	}

	@Override
	public void postShutdown(IWorkbench workbench) {
	}
}
