package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParleyCommandLineTest {

	@TempDir
	Path temp;

	@Test
	void helpListsEveryCommandOnStandardOutput() {
		CommandRun run = CommandRun.of("--help");

		assertThat(run.exitCode()).isZero();
		assertThat(run.out()).contains("new-sample", "validate", "export-ics", "merge-driver", "git-setup");
	}

	@Test
	void noCommandIsBadUsage() {
		CommandRun run = CommandRun.of();

		assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
		assertThat(run.err()).contains("a command is required");
		assertThat(run.out()).isEmpty();
	}

	@Test
	void unknownOptionIsBadUsageNamingTheOption() {
		CommandRun run = CommandRun.of("validate", "--frobnicate", temp.toString());

		assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
		assertThat(run.err()).contains("--frobnicate");
		assertThat(run.out()).isEmpty();
	}

	@Test
	void everyCommandHasItsOwnHelp() {
		for (String command : new String[] { "new-sample", "validate", "export-ics", "merge-driver", "git-setup" }) {
			CommandRun run = CommandRun.of(command, "--help");
			assertThat(run.exitCode()).as(command).isZero();
			assertThat(run.out()).as(command).startsWith("Usage: parley " + command);
		}
	}
}
