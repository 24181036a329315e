package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** git-setup and merge-driver on a real Git repository holding the sample project. */
class GitCommandsTest {

	@TempDir
	Path temp;

	private Path project;

	@BeforeEach
	void sampleInARepository() throws Exception {
		project = temp.resolve("project");
		assertThat(CommandRun.of("new-sample", project.toString()).exitCode()).isZero();
		git("init", "-q");
	}

	@Test
	void gitSetupRegistersTheDriverForParleyFiles() throws Exception {
		CommandRun run = CommandRun.of("git-setup", project.toString());

		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(git("check-attr", "merge", "calendar/2027-01.parley")).contains("merge: parley");
		assertThat(git("config", "--get", "merge.parley.driver")).contains("merge-driver %O %A %B %P");
	}

	@Test
	void mergeDriverKeepsIndependentChangesAndExitsZero() throws Exception {
		Path base = project.resolve("calendar/2027-01.parley");
		Path ours = copyWith(base, "ours.parley", "Your bill, line by line", "Your bill, explained");
		Path theirs = copyWith(base, "theirs.parley", "language=\"en-GB\" status=\"PUBLISHED\"", "language=\"en-GB\" status=\"SCHEDULED\"");

		CommandRun run = CommandRun.of("merge-driver", base.toString(), ours.toString(), theirs.toString(),
				"calendar/2027-01.parley");

		assertThat(run.exitCode()).as(run.err()).isZero();
		String merged = Files.readString(ours);
		assertThat(merged).contains("Your bill, explained").contains("status=\"SCHEDULED\"");
	}

	@Test
	void mergeDriverRecordsAConflictAndExitsOne() throws Exception {
		Path base = project.resolve("calendar/2027-01.parley");
		Path ours = copyWith(base, "ours.parley", "Your bill, line by line", "Our bill title");
		Path theirs = copyWith(base, "theirs.parley", "Your bill, line by line", "Their bill title");

		CommandRun run = CommandRun.of("merge-driver", base.toString(), ours.toString(), theirs.toString(),
				"calendar/2027-01.parley");

		assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS);
		assertThat(run.err()).contains("conflicts recorded");
		assertThat(Files.readString(ours)).contains("<conflicts", "Our bill title", "Their bill title");
	}

	@Test
	void mergeDriverRefusesAnUnreadableVersionAndLeavesOursAlone() throws Exception {
		Path base = project.resolve("calendar/2027-01.parley");
		Path ours = copyWith(base, "ours.parley", "Your bill, line by line", "Our bill title");
		Path theirs = temp.resolve("theirs.parley");
		Files.writeString(theirs, "<?xml version=\"1.0\"?>\n<broken", StandardCharsets.UTF_8);
		byte[] before = Files.readAllBytes(ours);

		CommandRun run = CommandRun.of("merge-driver", base.toString(), ours.toString(), theirs.toString(),
				"calendar/2027-01.parley");

		assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
		assertThat(run.err().lines()).anyMatch(line -> line.contains("2027-01.parley"));
		assertThat(Files.readAllBytes(ours)).isEqualTo(before);
	}

	private Path copyWith(Path source, String name, String from, String to) throws IOException {
		String text = Files.readString(source, StandardCharsets.UTF_8);
		assertThat(text).contains(from);
		Path copy = temp.resolve(name);
		Files.writeString(copy, text.replaceFirst(java.util.regex.Pattern.quote(from), to), StandardCharsets.UTF_8);
		return copy;
	}

	private String git(String... args) throws Exception {
		String[] command = new String[args.length + 1];
		command[0] = "git";
		System.arraycopy(args, 0, command, 1, args.length);
		Process process = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor()).as(output).isZero();
		return output;
	}
}
