package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** source add, list and remove on a real project folder. */
class SourceCommandTest {

	@TempDir
	Path temp;

	private Path project;

	@BeforeEach
	void createSample() {
		project = temp.resolve("sample");
		assertThat(CommandRun.of("new-sample", project.toString()).exitCode()).isZero();
	}

	@Test
	void addedSourceIsSavedAndListed() {
		CommandRun add = CommandRun.of("source", "add", project.toString(), "EE community", "https://community.ee.co.uk/",
				"--kind", "forum", "--max-pages", "40", "--max-depth", "2", "--delay", "2.5", "--include", "/t/.*");

		assertThat(add.exitCode()).as(add.err()).isZero();
		CommandRun list = CommandRun.of("source", "list", project.toString());
		assertThat(list.out()).contains("EE community\tforum\thttps://community.ee.co.uk/\t40\t2\t2.5\tenabled");
	}

	@Test
	void removedSourceIsGoneAfterReload() {
		CommandRun.of("source", "add", project.toString(), "EE community", "https://community.ee.co.uk/");

		assertThat(CommandRun.of("source", "remove", project.toString(), "EE community").exitCode()).isZero();
		assertThat(CommandRun.of("source", "list", project.toString()).out()).doesNotContain("EE community");
	}

	@Test
	void removingAnUnknownSourceIsBadInput() {
		CommandRun run = CommandRun.of("source", "remove", project.toString(), "Nope");

		assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
		assertThat(run.err()).contains("no source called 'Nope'");
	}

	@Test
	void anUnknownKindIsBadInputAndChangesNothing() {
		String before = CommandRun.of("source", "list", project.toString()).out();

		CommandRun run = CommandRun.of("source", "add", project.toString(), "X", "https://example.org/", "--kind", "wiki");

		assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
		assertThat(run.err()).contains("--kind: 'wiki'");
		assertThat(CommandRun.of("source", "list", project.toString()).out()).isEqualTo(before);
	}

	@Test
	void aMalformedUrlIsBadInputNamingTheUrl() {
		CommandRun run = CommandRun.of("source", "add", project.toString(), "X", "notaurl");

		assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
		assertThat(run.err()).contains("'notaurl'");
	}
}
