package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.cli.benchmark.AnalysisSpeed;

/** The analysis benchmark on a few thousand real tweets; figures vary, the report's shape does not. */
class AnalysisSpeedTest {

	@TempDir
	Path work;

	@Test
	void reportsEachPhaseAgainstStandardAnalyzerWithTheAnalyserNote() throws Exception {
		StringWriter out = new StringWriter();

		new AnalysisSpeed(Corpora.root().resolve("sentiment-umsab"), 3000, 1, TestDoubleAnalysers.analyser("t"),
				"provisional: test doubles", new PrintWriter(out, true), new PrintWriter(new StringWriter(), true)).run(work);

		assertThat(out.toString()).contains("Analysis speed: 3000 mentions")
				.containsPattern("StandardAnalyzer tokenising \\(baseline\\)\\s+\\d+\\s+\\d+\\s+1.00")
				.containsPattern("MentionIndex.update \\(Lucene index\\)\\s+\\d+\\s+\\d+\\s+[\\d.]+")
				.containsPattern("early warning: term extraction\\s+\\d+\\s+\\d+\\s+[\\d.]+")
				.containsPattern("MentionAnalyser.analyse\\s+\\d+\\s+\\d+\\s+[\\d.]+\\s+provisional: test doubles")
				.containsPattern("peak heap MB \\(pool peaks\\)\\s+\\d+");
	}

	@Test
	void theCommandMeasuresTheProductsClassifiers() {
		CommandRun run = CommandRun.of("benchmark", "--analysis", Corpora.root().resolve("sentiment-umsab").toString(),
				"--mentions", "500", "--runs", "1");

		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(run.out()).containsPattern("MentionAnalyser.analyse\\s+\\d+\\s+\\d+\\s+[\\d.]+\\s+the product's classifiers");
	}

	@Test
	void theCommandNamesAFolderWithoutTexts() {
		CommandRun run = CommandRun.of("benchmark", "--analysis", Corpora.root().resolve("readability").toString(),
				"--mentions", "10", "--runs", "1");

		assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
		assertThat(run.err()).contains("no texts");
	}
}
