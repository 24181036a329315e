package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.listening.store.Mention;

/** analyse, alerts and report on a sample project holding real tweets and an outage, on disk. */
class AnalysisCommandsTest {

	@TempDir
	Path temp;

	private Path project;
	private List<Mention> mentions;

	@BeforeEach
	void sampleProjectWithMentions() throws IOException {
		project = temp.resolve("project");
		assertThat(CommandRun.of("new-sample", "--without-mentions", project.toString()).exitCode()).isZero();
		mentions = StoredMentions.store(project);
	}

	@Test
	void analyseStoresEveryMentionThenOnlyWhatChanged() {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();

		int code = AnalyseCommand.analyse(project, TestDoubleAnalysers.analyser("t1"), false, new PrintWriter(out, true),
				new PrintWriter(err, true));

		assertThat(code).isZero();
		assertThat(out.toString()).startsWith(mentions.size() + " mentions: " + mentions.size() + " analysed, 0 up to date");
		assertThat(err.toString()).contains("analyse: " + mentions.size() + "/" + mentions.size() + " mentions");
		assertThat(project.resolve(".parley/analysis/2027/02/x.jsonl")).isRegularFile();
		StringWriter again = new StringWriter();
		AnalyseCommand.analyse(project, TestDoubleAnalysers.analyser("t1"), false, new PrintWriter(again, true),
				new PrintWriter(new StringWriter(), true));
		assertThat(again.toString()).startsWith(mentions.size() + " mentions: 0 analysed, " + mentions.size() + " up to date");
	}

	@Test
	void analyseWithTheProductsClassifiersReadsTheOutagePosts() throws IOException {
		CommandRun run = CommandRun.of("analyse", project.toString());

		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(run.out()).startsWith(mentions.size() + " mentions: " + mentions.size() + " analysed");
		String outage = analysisOf(mentions.get(mentions.size() - 1).id());
		assertThat(outage).contains("\"lang\":\"fr\"", "\"polarity\":\"NEGATIVE\"", "giffgaff (brand)",
				"Panne (fran\u00e7ais)");
	}

	@Test
	void aCorrectionRedoesTheAnalysesAndWins() throws IOException {
		assertThat(CommandRun.of("analyse", project.toString()).exitCode()).isZero();
		String id = mentions.get(mentions.size() - 1).id();

		assertThat(CommandRun.of("label", project.toString(), id, "--sentiment", "positive").exitCode()).isZero();
		CommandRun again = CommandRun.of("analyse", project.toString());

		assertThat(again.exitCode()).as(again.err()).isZero();
		assertThat(again.out()).startsWith(mentions.size() + " mentions: " + mentions.size() + " analysed");
		assertThat(analysisOf(id)).contains("\"polarity\":\"POSITIVE\"", "\"corrected\":true");
	}

	/** The stored analysis line of one mention, as written under .parley/analysis. */
	private String analysisOf(String mentionId) throws IOException {
		try (var files = Files.walk(project.resolve(".parley/analysis"))) {
			return files.filter(f -> f.toString().endsWith(".jsonl")).flatMap(f -> {
				try {
					return Files.readAllLines(f).stream();
				} catch (IOException e) {
					throw new java.io.UncheckedIOException(e);
				}
			}).filter(line -> line.contains("\"" + mentionId + "\"")).findFirst().orElseThrow();
		}
	}

	@Test
	void alertsPrintTheOutageWithBrandAndCell() {
		analyse();

		CommandRun run = CommandRun.of("alerts", project.toString());

		assertThat(run.exitCode()).as(run.err()).isZero();
		String line = run.out().lines().filter(l -> l.startsWith("panne 4g\t")).findFirst().orElseThrow();
		String[] fields = line.split("\t");
		assertThat(fields).hasSize(8);
		assertThat(fields[1]).matches("x\\d+\\.\\d");
		assertThat(fields[2]).isIn("24h", "7d");
		assertThat(fields[3]).isEqualTo("16 authors");
		assertThat(fields[4]).isEqualTo("giffgaff");
		assertThat(fields[5]).isEqualTo("Help & support / Membres francophones");
		assertThat(fields[6].split(",")).hasSize(5);
	}

	@Test
	void alertsSinceADayListWhenEachStarted() {
		analyse();

		CommandRun run = CommandRun.of("alerts", project.toString(), "--since", "2027-02-11");

		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(run.out()).containsPattern("(?m)^panne 4g\t.*\t2027-02-11T0[1-4]:00:00Z$");
	}

	@Test
	void alertsRejectABadDateInOneLine() {
		CommandRun run = CommandRun.of("alerts", project.toString(), "--since", "last week");

		assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
		assertThat(run.err().strip()).isEqualTo("parley alerts: --since: 'last week' is not a date (YYYY-MM-DD)");
	}

	@Test
	void reportWritesOneSelfContainedHtmlFile() throws IOException {
		analyse();
		Path html = temp.resolve("report.html");

		CommandRun run = CommandRun.of("report", project.toString(), "--format", "html", "-o", html.toString());

		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(run.out()).isEmpty();
		assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains("<svg", "giffgaff", "panne 4g")
				.doesNotContain("<script", "src=");
	}

	@Test
	void reportAsJsonForAPeriod() {
		analyse();

		CommandRun run = CommandRun.of("report", project.toString(), "--from", "2027-02-11", "--to", "2027-02-11",
				"--format", "json");

		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(run.out()).startsWith("{").contains("\"from\": \"2027-02-11\"", "\"to\": \"2027-02-11\"")
				.containsOnlyOnce("\"day\": ");
	}

	@Test
	void reportAsMarkdownAndCsvOnStandardOutput() {
		analyse();

		assertThat(CommandRun.of("report", project.toString()).out()).contains("## Brands", "| giffgaff | own |");
		assertThat(CommandRun.of("report", project.toString(), "--format", "csv").out())
				.startsWith("table,brand,cell,day,metric,value");
	}

	@Test
	void reportRejectsAPeriodThatEndsBeforeItStarts() {
		CommandRun run = CommandRun.of("report", project.toString(), "--from", "2027-02-10", "--to", "2027-02-01");

		assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
		assertThat(run.err()).contains("--from 2027-02-10 is after --to 2027-02-01");
	}

	@Test
	void aMissingProjectIsBadInput() {
		CommandRun run = CommandRun.of("alerts", temp.resolve("nowhere").toString());

		assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
		assertThat(run.err()).contains("nowhere: not a project folder");
	}

	private void analyse() {
		AnalyseCommand.analyse(project, TestDoubleAnalysers.analyser("t1"), false,
				new PrintWriter(new StringWriter(), true), new PrintWriter(new StringWriter(), true));
	}
}
