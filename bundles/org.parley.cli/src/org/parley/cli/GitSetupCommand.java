package org.parley.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.parley.core.git.GitSetup;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley git-setup DIR}: makes Git merge Parley files with Parley's merge driver. */
@Command(name = "git-setup", mixinStandardHelpOptions = true,
		description = "Writes .gitattributes (*.parley merge=parley) and registers Parley's merge driver "
				+ "in the Git repository's config. Run it once per clone.")
public class GitSetupCommand implements Callable<Integer> {

	/** Set by the ./parley launch script to its own absolute path, so Git can call it back. */
	static final String LAUNCHER_PROPERTY = "parley.launcher";

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "DIR", description = "the Git working tree holding the project")
	Path dir;

	@Override
	public Integer call() throws IOException {
		if (!Files.exists(dir.resolve(".git"))) {
			throw new UsageException(dir + ": not a Git working tree (no .git); run 'git init' first");
		}
		String launcher = System.getProperty(LAUNCHER_PROPERTY, "parley");
		new GitSetup(launcher).setUp(dir);
		spec.commandLine().getOut().println("Registered the Parley merge driver in " + dir + " (" + launcher + " merge-driver)");
		return ExitCode.OK;
	}
}
