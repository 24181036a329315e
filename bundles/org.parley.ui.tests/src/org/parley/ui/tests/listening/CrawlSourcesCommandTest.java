package org.parley.ui.tests.listening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.listening.SourceCatalog;
import org.parley.core.sample.SampleProject;
import org.parley.core.storage.LoadedProject;
import org.parley.core.storage.ProjectStore;
import org.parley.listening.store.MentionStore;
import org.parley.model.Plan;
import org.parley.model.SourceKind;
import org.parley.ui.ParleyUi;
import org.parley.ui.listening.CrawlSourcesJob;
import org.parley.ui.testing.UiDriver;
import org.parley.ui.testing.WorkbenchDriver;

import com.sun.net.httpserver.HttpServer;

/** "Crawl Sources" in the workbench: a job with progress that stores mentions, and that can be cancelled. */
class CrawlSourcesCommandTest {

	private static final Pattern PAGE = Pattern.compile("/forum/p(\\d+)");

	@TempDir
	Path temp;

	private final UiDriver ui = new UiDriver(java.time.Duration.ofSeconds(60));
	private final WorkbenchDriver workbench = ui.workbench();
	private HttpServer server;
	private IProject project;
	private Path folder;

	@BeforeEach
	void projectWithALocalForum() throws Exception {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/robots.txt", exchange -> {
			exchange.sendResponseHeaders(404, -1);
			exchange.close();
		});
		server.createContext("/", exchange -> {
			Matcher page = PAGE.matcher(exchange.getRequestURI().getPath());
			int n = page.matches() ? Integer.parseInt(page.group(1)) : 0;
			String html = "<html lang='en'><head><title>Thread " + n + "</title></head><body><article><h1>Signal lost "
					+ n + "</h1><p>" + "No signal in Leeds since the outage this morning, page " + n + ". "
					+ "Support told me to restart the phone but nothing changed and I am thinking about cancelling."
					+ "</p><p>Another paragraph so that the page reads as an article with enough text to keep.</p>"
					+ "</article><a href='/forum/p" + (n + 1) + "'>next</a></body></html>";
			byte[] body = html.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
			exchange.sendResponseHeaders(200, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		});
		server.start();
	}

	@AfterEach
	void cleanUp() throws CoreException {
		Job.getJobManager().cancel(CrawlSourcesJob.FAMILY);
		ui.waitUntil("no crawl running", () -> Job.getJobManager().find(CrawlSourcesJob.FAMILY).length == 0);
		if (project != null && project.exists()) {
			project.delete(false, true, null);
		}
		server.stop(0);
	}

	@Test
	void crawlsTheSelectedProjectsSourcesInAJob() throws Exception {
		openProject("crawl-done", 3, 20);
		selectInProjectExplorer("crawl-done");

		workbench.runCommand(ParleyUi.CRAWL_SOURCES_COMMAND_ID);

		Job job = runningCrawl();
		ui.waitUntil("the crawl to finish", () -> job.getState() == Job.NONE);
		assertThat(job.getResult().getSeverity()).as(job.getResult().toString()).isLessThan(IStatus.WARNING);
		assertThat(new MentionStore(folder).all()).hasSize(3);
		assertThat(project.getFolder("listening/mentions").exists()).as("refreshed into the workspace").isTrue();
	}

	@Test
	void cancellingLeavesTheStoredMentionsWhole() throws Exception {
		openProject("crawl-cancelled", 500, 250);
		selectInProjectExplorer("crawl-cancelled");
		workbench.runCommand(ParleyUi.CRAWL_SOURCES_COMMAND_ID);
		Job job = runningCrawl();
		ui.waitUntil("a first mention stored", () -> mentionCount() > 0);

		job.cancel();
		ui.waitUntil("the crawl to stop", () -> job.getState() == Job.NONE);

		assertThat(job.getResult().getSeverity()).isEqualTo(IStatus.CANCEL);
		int stored = mentionCount();
		assertThat(stored).isPositive().isLessThan(500);
		assertThat(new MentionStore(folder).all()).hasSize(stored);
	}

	private int mentionCount() {
		try {
			return new MentionStore(folder).all().size();
		} catch (IOException e) {
			throw new AssertionError(e);
		}
	}

	private Job runningCrawl() {
		Job[] found = new Job[1];
		ui.waitUntil("a crawl job", () -> {
			Job[] jobs = Job.getJobManager().find(CrawlSourcesJob.FAMILY);
			found[0] = jobs.length > 0 ? jobs[0] : null;
			return found[0] != null;
		});
		return found[0];
	}

	private void openProject(String name, int maxPages, int delayMillis) throws Exception {
		folder = temp.resolve(name);
		ProjectStore store = new ProjectStore();
		Plan plan = SampleProject.create();
		plan.getListening().getSources().clear();
		new SourceCatalog(plan).add(new SourceCatalog.NewSource("Local forum",
				"http://127.0.0.1:" + server.getAddress().getPort() + "/forum/p1", SourceKind.FORUM, maxPages, 1000,
				delayMillis, List.of(), List.of()));
		LoadedProject created = store.create(folder, plan);
		store.save(created);

		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		project = workspace.getRoot().getProject(name);
		IProjectDescription description = workspace.newProjectDescription(name);
		description.setLocation(org.eclipse.core.runtime.Path.fromOSString(folder.toString()));
		project.create(description, null);
		project.open(null);
		assertThat(Files.exists(folder.resolve("plan.parley"))).isTrue();
	}

	private void selectInProjectExplorer(String name) {
		workbench.openView(ParleyUi.PROJECT_EXPLORER_ID);
		ui.activeShell().tree().select(name);
	}
}
