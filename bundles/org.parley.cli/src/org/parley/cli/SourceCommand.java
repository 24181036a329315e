package org.parley.cli;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.parley.core.listening.SourceCatalog;
import org.parley.core.storage.LoadedProject;
import org.parley.core.storage.ProjectStore;
import org.parley.model.ListeningSource;
import org.parley.model.SourceKind;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley source add|list|remove}: edits the project's listening sources from scripts. */
@Command(name = "source", mixinStandardHelpOptions = true,
		description = "Adds, lists and removes the project's listening sources (what the crawler reads).",
		subcommands = { SourceCommand.AddSource.class, SourceCommand.ListSources.class, SourceCommand.RemoveSource.class })
public class SourceCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		spec.commandLine().getErr().println("parley source: say add, list or remove");
		spec.commandLine().usage(spec.commandLine().getErr());
		return ExitCode.BAD_INPUT;
	}

	/** {@code parley source add DIR NAME URL [options]}. */
	@Command(name = "add", mixinStandardHelpOptions = true, description = "Adds a listening source and saves the project.")
	static class AddSource implements Callable<Integer> {

		@Spec
		CommandSpec spec;

		@Parameters(index = "0", paramLabel = "DIR", description = "the project folder") Path dir;
		@Parameters(index = "1", paramLabel = "NAME", description = "a name unique in the project") String name;
		@Parameters(index = "2", paramLabel = "URL", description = "where crawling starts (http or https)") String url;

		@Option(names = "--kind", paramLabel = "KIND", description = "forum, blog, feed, sitemap or page (default: page)")
		String kind = "page";
		@Option(names = "--max-pages", paramLabel = "N", description = "pages per crawl") Integer maxPages;
		@Option(names = "--max-depth", paramLabel = "N", description = "links followed from the start page") Integer maxDepth;
		@Option(names = "--delay", paramLabel = "SECONDS", description = "politeness delay per host (default: 1)") BigDecimal delay;
		@Option(names = "--include", paramLabel = "REGEX", description = "only URLs matching it (repeatable)") List<String> include = new ArrayList<>();
		@Option(names = "--exclude", paramLabel = "REGEX", description = "never URLs matching it (repeatable)") List<String> exclude = new ArrayList<>();

		@Override
		public Integer call() throws IOException {
			SourceKind sourceKind = SourceKind.get(kind.toUpperCase(Locale.ROOT));
			if (sourceKind == null) {
				throw new UsageException("--kind: '" + kind + "' is none of forum, blog, feed, sitemap, page");
			}
			Integer delayMillis = delay == null ? null : delay.movePointRight(3).intValue();
			LoadedProject project = ProjectFolder.load(dir, spec.commandLine().getErr());
			ListeningSource source;
			try {
				source = new SourceCatalog(project.plan()).add(new SourceCatalog.NewSource(name, url, sourceKind,
						maxPages, maxDepth, delayMillis, include, exclude));
			} catch (IllegalArgumentException e) {
				throw new UsageException(e.getMessage(), e);
			}
			new ProjectStore().save(project);
			spec.commandLine().getOut().println("Added source " + source.getName() + " (" + source.getUrl() + ")");
			return ExitCode.OK;
		}
	}

	/** {@code parley source list DIR}. */
	@Command(name = "list", mixinStandardHelpOptions = true,
			description = "Lists the sources, one a line: NAME KIND URL MAX-PAGES MAX-DEPTH DELAY-SECONDS ENABLED (tab-separated).")
	static class ListSources implements Callable<Integer> {

		@Spec
		CommandSpec spec;

		@Parameters(index = "0", paramLabel = "DIR", description = "the project folder") Path dir;

		@Override
		public Integer call() {
			LoadedProject project = ProjectFolder.load(dir, spec.commandLine().getErr());
			for (ListeningSource s : new SourceCatalog(project.plan()).sources()) {
				spec.commandLine().getOut().println(String.join("\t", s.getName(), s.getKind().getLiteral().toLowerCase(Locale.ROOT),
						s.getUrl(), String.valueOf(s.getMaxPages()), String.valueOf(s.getMaxDepth()),
						BigDecimal.valueOf(s.getPolitenessDelayMillis(), 3).stripTrailingZeros().toPlainString(),
						s.isEnabled() ? "enabled" : "disabled"));
			}
			return ExitCode.OK;
		}
	}

	/** {@code parley source remove DIR NAME}. */
	@Command(name = "remove", mixinStandardHelpOptions = true, description = "Removes a source and saves the project.")
	static class RemoveSource implements Callable<Integer> {

		@Spec
		CommandSpec spec;

		@Parameters(index = "0", paramLabel = "DIR", description = "the project folder") Path dir;
		@Parameters(index = "1", paramLabel = "NAME", description = "the source's name") String name;

		@Override
		public Integer call() throws IOException {
			LoadedProject project = ProjectFolder.load(dir, spec.commandLine().getErr());
			if (!new SourceCatalog(project.plan()).remove(name)) {
				throw new UsageException(dir + ": no source called '" + name + "'");
			}
			new ProjectStore().save(project);
			spec.commandLine().getOut().println("Removed source " + name);
			return ExitCode.OK;
		}
	}
}
