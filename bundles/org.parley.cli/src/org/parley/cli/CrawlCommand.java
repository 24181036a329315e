package org.parley.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.parley.core.storage.LoadedProject;
import org.parley.listening.crawl.CrawlProgress;
import org.parley.listening.fetch.FetchSettings;
import org.parley.listening.run.ProjectCrawl;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley crawl DIR}: fetches the listening sources and stores what customers say as mentions. */
@Command(name = "crawl", mixinStandardHelpOptions = true,
		description = "Crawls the project's enabled listening sources at once and politely (robots.txt and a delay "
				+ "per host, redirect targets included; at most 4 requests at a time), extracts the posts of each page "
				+ "and stores them as mentions under listening/mentions. "
				+ "A progress line goes to standard error, a summary to standard output; exit 1 when pages failed.")
public class CrawlCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "DIR", description = "the project folder") Path dir;

	@Option(names = "--source", paramLabel = "NAME", description = "only this source") String source;

	@Option(names = "--max-pages", paramLabel = "N", description = "at most N pages per source this time") Integer maxPages;

	@Option(names = "--no-pseudonyms", description = "store authors' names as they appear instead of pseudonyms")
	boolean realNames;

	@Override
	public Integer call() throws Exception {
		if (maxPages != null && maxPages < 1) {
			throw new UsageException("--max-pages: must be at least 1");
		}
		LoadedProject project = ProjectFolder.load(dir, spec.commandLine().getErr());
		ProjectCrawl crawl = new ProjectCrawl(project.directory(), project.plan(),
				new ProjectCrawl.Options(source, maxPages, !realNames, FetchSettings.defaults()));
		try {
			if (crawl.sources().isEmpty()) {
				throw new UsageException(dir + ": no enabled listening source; add one with 'parley source add'");
			}
		} catch (IllegalArgumentException e) {
			throw new UsageException(dir + ": " + e.getMessage(), e);
		}
		PrintWriter err = spec.commandLine().getErr();
		List<ProjectCrawl.SourceResult> results = crawl.run(progress -> err.print("\r" + line(progress)), () -> false);
		err.println();
		return report(results);
	}

	private int report(List<ProjectCrawl.SourceResult> results) {
		PrintWriter out = spec.commandLine().getOut();
		int failed = 0;
		for (ProjectCrawl.SourceResult result : results) {
			var summary = result.summary();
			out.printf(Locale.ROOT, "%s: %d pages (%d unchanged), %d new mentions, %d skipped, %d failed, %.1f pages/s%n",
					result.source(), summary.pages(), summary.unchanged(), result.newMentions(),
					summary.skipped().size(), summary.failed().size(), summary.rate());
			for (Map.Entry<String, String> failure : summary.failed().entrySet()) {
				out.println("  failed\t" + failure.getKey() + "\t" + failure.getValue());
			}
			failed += summary.failed().size();
		}
		return failed > 0 ? ExitCode.FINDINGS : ExitCode.OK;
	}

	private static String line(CrawlProgress progress) {
		return String.format(Locale.ROOT, "crawl: %d pages, %d mentions, %d errors, %d queued, %.1f pages/s   ",
				progress.pages(), progress.mentions(), progress.errors(), progress.queued(), progress.pagesPerSecond());
	}
}
