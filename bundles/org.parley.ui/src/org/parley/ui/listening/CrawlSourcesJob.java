package org.parley.ui.listening;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.parley.core.storage.LoadedProject;
import org.parley.core.storage.ProjectStore;
import org.parley.listening.run.CrawlDefaults;
import org.parley.listening.run.ProjectCrawl;
import org.parley.ui.ParleyUi;
import org.parley.ui.preferences.ParleyPreferences;

/**
 * Crawls a Parley project's listening sources in the background, with progress and cancel. Mentions are stored
 * page by page, so cancelling keeps what was stored consistent; the folder is refreshed afterwards so the
 * workbench sees the new mention files. The crawler defaults come from the preferences ({@link ParleyPreferences}).
 */
public class CrawlSourcesJob extends Job {

	/** The family of crawl jobs, to find or wait for them. */
	public static final Object FAMILY = CrawlSourcesJob.class;

	private final IContainer folder;

	public CrawlSourcesJob(IContainer folder) {
		super("Crawling the listening sources of " + folder.getName());
		this.folder = folder;
		setUser(true);
		setRule(folder);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		Path directory = folder.getLocation().toFile().toPath();
		monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
		try {
			LoadedProject project = new ProjectStore().load(directory);
			if (!project.problems().isEmpty()) {
				return Status.error(directory + ": " + project.problems().get(0));
			}
			CrawlDefaults defaults = ParleyPreferences.crawlDefaults();
			defaults.applyTo(project.plan());
			List<ProjectCrawl.SourceResult> results = new ProjectCrawl(directory, project.plan(),
					defaults.options()).run(progress -> {
						monitor.subTask(String.format(Locale.ROOT, "%d pages, %d errors, %.1f pages/s — %s",
								progress.pages(), progress.errors(), progress.pagesPerSecond(), progress.lastUrl()));
						monitor.worked(1);
					}, monitor::isCanceled);
			return monitor.isCanceled() ? Status.CANCEL_STATUS : summary(results);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Status.CANCEL_STATUS;
		} catch (Exception e) {
			return Status.error(directory + ": the crawl stopped: " + e.getMessage(), e);
		} finally {
			refresh();
			monitor.done();
		}
	}

	private IStatus summary(List<ProjectCrawl.SourceResult> results) {
		MultiStatus status = new MultiStatus(ParleyUi.PLUGIN_ID, 0, "Crawled " + results.size() + " source(s)");
		for (ProjectCrawl.SourceResult result : results) {
			status.add(Status.info(result.source() + ": " + result.summary().pages() + " pages, " + result.newMentions()
					+ " new mentions"));
			for (Map.Entry<String, String> failure : result.summary().failed().entrySet()) {
				status.add(Status.warning(result.source() + ": " + failure.getKey() + ": " + failure.getValue()));
			}
		}
		return status;
	}

	private void refresh() {
		try {
			folder.refreshLocal(IResource.DEPTH_INFINITE, null);
		} catch (CoreException e) {
			// the files are on disk; the workbench notices them at its next refresh
		}
	}
}
