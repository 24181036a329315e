package org.parley.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.parley.core.merge.MergeDriver;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley merge-driver BASE OURS THEIRS PATH}: Git's merge driver for Parley model files. */
@Command(name = "merge-driver", mixinStandardHelpOptions = true,
		description = "Merges one Parley model file by object id and feature (Git calls it as %%O %%A %%B %%P). "
				+ "Writes the result to OURS; exits 1 when conflicts were recorded in the model.")
public class MergeDriverCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "BASE") Path base;
	@Parameters(index = "1", paramLabel = "OURS") Path ours;
	@Parameters(index = "2", paramLabel = "THEIRS") Path theirs;
	@Parameters(index = "3", paramLabel = "PATH", description = "the file's path in the repository, for messages") String path;

	@Override
	public Integer call() {
		// the driver reports on a PrintStream; pass its words on to this command's error stream
		ByteArrayOutputStream messages = new ByteArrayOutputStream();
		int code;
		try (PrintStream err = new PrintStream(messages, true, StandardCharsets.UTF_8)) {
			code = new MergeDriver().run(base, ours, theirs, path, err);
		}
		spec.commandLine().getErr().print(messages.toString(StandardCharsets.UTF_8));
		if (code == MergeDriver.CONFLICTS) {
			spec.commandLine().getErr().println("parley merge-driver: " + path
					+ ": conflicts recorded in the model; resolve them in Parley, then commit");
		}
		return code;
	}
}
