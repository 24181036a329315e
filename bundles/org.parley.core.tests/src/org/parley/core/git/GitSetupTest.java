package org.parley.core.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitSetupTest {

	@TempDir
	Path folder;

	@Test
	void addsItsLinesAndKeepsThoseAlreadyThere() throws IOException {
		Files.writeString(folder.resolve(".gitattributes"), "*.png binary\n");

		GitSetup.writeRepositoryFiles(folder);

		assertThat(Files.readAllLines(folder.resolve(".gitattributes"))).containsExactly("*.png binary",
				"*.parley merge=parley", "mentions/** merge=union");
		assertThat(Files.readAllLines(folder.resolve(".gitignore"))).containsExactly("index/");
	}

	@Test
	void changesNothingTheSecondTime() throws IOException {
		GitSetup.writeRepositoryFiles(folder);

		assertThat(GitSetup.writeRepositoryFiles(folder)).isFalse();
		assertThat(Files.readAllLines(folder.resolve(".gitattributes"))).hasSize(2);
	}

	@Test
	void registersTheDriverInTheRepositoryConfiguration() throws IOException {
		GitCommand.run(folder, "init", "-q");

		GitSetup.registerDriver(folder, "/opt/parley/parley merge-driver");

		assertThat(GitCommand.run(folder, "config", "--get", "merge.parley.driver").strip())
				.isEqualTo("/opt/parley/parley merge-driver %O %A %B %P");
	}

	@Test
	void namesTheFailingGitCommand() throws IOException {
		GitCommand.run(folder, "init", "-q");

		assertThatThrownBy(() -> GitCommand.run(folder, "config", "--get", "merge.parley.driver"))
				.hasMessageStartingWith("git config --get merge.parley.driver failed in " + folder + " with exit code 1");
	}
}
