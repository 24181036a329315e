package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** new-sample, validate and export-ics on real project folders. */
class ProjectCommandsTest {

	@TempDir
	Path temp;

	private Path project;

	@BeforeEach
	void createSample() {
		project = temp.resolve("sample");
		CommandRun run = CommandRun.of("new-sample", project.toString());
		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(run.out()).contains("Created the sample project in " + project);
	}

	@Test
	void newSampleRefusesAFolderThatHoldsFiles() throws Exception {
		CommandRun run = CommandRun.of("new-sample", project.toString());

		assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
		assertThat(run.err()).contains(project.toString(), "not empty");
	}

	@Test
	void sampleValidatesWithoutErrors() {
		CommandRun run = CommandRun.of("validate", project.toString());

		assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
		assertThat(run.out().lines().reduce((a, b) -> b).orElseThrow()).startsWith("0 error(s)");
		assertThat(run.out().lines().filter(l -> l.startsWith("error\t"))).isEmpty();
	}

	@Test
	void validateReportsAnOverlongTweetAsAnErrorNamingFileObjectAndRule() throws Exception {
		Path month = firstMonthFile();
		String xml = Files.readString(month, StandardCharsets.UTF_8);
		String overlong = "x".repeat(400);
		// the first variant text in the file becomes too long for whatever channel it is on
		String changed = xml.replaceFirst("text=\"[^\"]*\"", "text=\"" + overlong + "\"");
		assertThat(changed).isNotEqualTo(xml);
		Files.writeString(month, changed, StandardCharsets.UTF_8);

		CommandRun run = CommandRun.of("validate", project.toString());

		assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS);
		assertThat(run.out()).containsPattern("(?m)^error\tcalendar/[0-9-]+\\.parley\t.+\tchannel\\.text-too-long\t");
	}

	@Test
	void validateOfAMalformedFileNamesFileAndLineAndExitsTwo() throws Exception {
		Path month = firstMonthFile();
		Files.writeString(month, "<?xml version=\"1.0\"?>\n<parley:Schedule xmlns:parley=\"x\">\n<items", StandardCharsets.UTF_8);

		CommandRun run = CommandRun.of("validate", project.toString());

		assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
		assertThat(run.err()).contains(month.getFileName().toString());
		assertThat(run.out()).isEmpty();
	}

	@Test
	void validateOfAMissingFolderIsOneClearLine() {
		Path missing = temp.resolve("nowhere");

		CommandRun run = CommandRun.of("validate", missing.toString());

		assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
		assertThat(run.err().strip()).isEqualTo("parley validate: " + missing + ": not a project folder (no such directory)");
	}

	@Test
	void exportIcsWritesACalendarAndFiltersByChannel() throws Exception {
		Path all = temp.resolve("all.ics");
		Path x = temp.resolve("x.ics");

		assertThat(CommandRun.of("export-ics", project.toString(), "-o", all.toString()).exitCode()).isZero();
		assertThat(CommandRun.of("export-ics", project.toString(), "--channel", "giffgaff on X", "-o", x.toString()).exitCode()).isZero();

		String allText = Files.readString(all);
		String xText = Files.readString(x);
		assertThat(allText).startsWith("BEGIN:VCALENDAR\r\n");
		assertThat(count(xText, "BEGIN:VEVENT")).isPositive().isLessThan(count(allText, "BEGIN:VEVENT"));
	}

	@Test
	void exportIcsToStandardOutputPrintsOnlyTheCalendar() {
		CommandRun run = CommandRun.of("export-ics", project.toString(), "-o", "-");

		assertThat(run.exitCode()).isZero();
		assertThat(run.out()).startsWith("BEGIN:VCALENDAR").endsWith("END:VCALENDAR\r\n");
	}

	@Test
	void gitSetupRefusesAFolderWithoutGit() {
		CommandRun run = CommandRun.of("git-setup", project.toString());

		assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
		assertThat(run.err()).contains("not a Git working tree");
	}

	private Path firstMonthFile() throws Exception {
		try (var files = Files.list(project.resolve("calendar"))) {
			return files.filter(f -> f.getFileName().toString().matches("\\d{4}-\\d{2}\\.parley")).sorted().findFirst().orElseThrow();
		}
	}

	private static int count(String text, String token) {
		return text.split(token, -1).length - 1;
	}
}
