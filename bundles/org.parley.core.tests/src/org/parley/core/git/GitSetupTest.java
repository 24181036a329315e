package org.parley.core.git;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.merge.GitRepo;

class GitSetupTest {

	@TempDir
	Path dir;

	private GitRepo git;

	@BeforeEach
	void initRepository() throws IOException {
		git = GitRepo.init(dir);
	}

	@Test
	void routesParleyFilesToTheDriver() throws IOException {
		new GitSetup("/opt/parley/parley").setUp(dir);

		assertThat(Files.readString(dir.resolve(".gitattributes")))
				.isEqualTo("*.parley merge=parley\nlistening/mentions/**/*.jsonl merge=union\nlistening/labels.jsonl merge=union\n");
		assertThat(git.ok("check-attr", "merge", "--", "calendar/2026-11.parley").strip())
				.isEqualTo("calendar/2026-11.parley: merge: parley");
	}

	@Test
	void routesMentionFilesToUnionMerge() throws IOException {
		new GitSetup("/opt/parley/parley").setUp(dir);

		assertThat(git.ok("check-attr", "merge", "--", "listening/mentions/2027/02/giffgaff.jsonl").strip())
				.isEqualTo("listening/mentions/2027/02/giffgaff.jsonl: merge: union");
	}

	@Test
	void routesCorrectionsToUnionMerge() throws IOException {
		new GitSetup("/opt/parley/parley").setUp(dir);

		assertThat(git.ok("check-attr", "merge", "--", "listening/labels.jsonl").strip())
				.isEqualTo("listening/labels.jsonl: merge: union");
	}

	@Test
	void registersTheDriverCommandInTheRepositoryConfiguration() throws IOException {
		new GitSetup("/opt/parley/parley").setUp(dir);

		assertThat(git.ok("config", "merge.parley.driver").strip())
				.isEqualTo("/opt/parley/parley merge-driver %O %A %B %P");
		assertThat(git.ok("config", "merge.parley.name")).isNotBlank();
	}

	@Test
	void quotesACommandWithSpaces() throws IOException {
		new GitSetup("/opt/my parley/parley").setUp(dir);

		assertThat(git.ok("config", "merge.parley.driver").strip())
				.isEqualTo("'/opt/my parley/parley' merge-driver %O %A %B %P");
	}

	@Test
	void keepsOtherAttributesAndReplacesAnotherMergeSettingForParleyFiles() throws IOException {
		Files.writeString(dir.resolve(".gitattributes"), "*.png binary\n*.parley text merge=union eol=lf\n");

		new GitSetup("parley").setUp(dir);

		assertThat(Files.readString(dir.resolve(".gitattributes")))
				.isEqualTo("*.png binary\n*.parley text merge=parley eol=lf\nlistening/mentions/**/*.jsonl merge=union\nlistening/labels.jsonl merge=union\n");
	}

	@Test
	void changesNothingWhenRunTwice() throws IOException {
		GitSetup setup = new GitSetup("parley");
		setup.setUp(dir);
		String attributes = Files.readString(dir.resolve(".gitattributes"));
		String config = Files.readString(dir.resolve(".git/config"));

		setup.setUp(dir);

		assertThat(Files.readString(dir.resolve(".gitattributes"))).isEqualTo(attributes);
		assertThat(Files.readString(dir.resolve(".git/config"))).isEqualTo(config);
	}
}
