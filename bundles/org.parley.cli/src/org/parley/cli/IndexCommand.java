package org.parley.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.parley.core.storage.ProjectLayout;
import org.parley.listening.store.MentionIndex;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley index DIR [--rebuild]}: the mention search index, a git-ignored cache. */
@Command(name = "index", mixinStandardHelpOptions = true,
		description = "Shows how many mentions the search index holds; --rebuild recreates it from the mention files.")
public class IndexCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "DIR", description = "the project folder") Path dir;

	@Option(names = "--rebuild", description = "throw the index away and index every stored mention again") boolean rebuild;

	@Override
	public Integer call() throws IOException {
		if (!Files.isRegularFile(dir.resolve(ProjectLayout.PLAN))) {
			throw new UsageException(dir + ": not a Parley project (no " + ProjectLayout.PLAN + ")");
		}
		MentionIndex index = new MentionIndex(dir);
		if (rebuild) {
			spec.commandLine().getOut().println("Indexed " + index.rebuild() + " mentions");
		} else {
			spec.commandLine().getOut().println(index.size() + " mentions indexed");
		}
		return ExitCode.OK;
	}
}
