package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The benchmark command's extraction mode on a few real pages; figures vary, the report's shape does not. */
class BenchmarkCommandTest {

	@Test
	void extractionModeReportsPagesPerSecondAgainstJsoup() {
		Path page = Corpora.root().resolve("readability/wordpress");

		CommandRun run = CommandRun.of("benchmark", "--extraction", page.toString(), "--runs", "1");

		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(run.out()).contains("Extraction speed: 1 pages")
				.containsPattern("Jsoup.parse \\(baseline\\)\\s+\\d+")
				.containsPattern("Parley extraction\\s+\\d+\\s+[\\d.]+\\s+[\\d.]+\\s+<= 2.00");
	}

	@Test
	void extractionModeMeasuresTikaWithBoilerpipeOnTheSamePagesWhereItIsInstalled() {
		Path page = Corpora.root().resolve("readability/ars-1");

		CommandRun run = CommandRun.of("benchmark", "--extraction", page.toString(), "--runs", "1");

		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(run.out()).containsPattern("Tika HTML \\+ boilerpipe\\s+\\d+\\s+[\\d.]+\\s+[\\d.]+");
	}

	@Test
	void storageModeReportsEachPhaseAsAMedianRatioWithItsRange() {
		CommandRun run = CommandRun.of("benchmark", "--cells", "4", "--items", "60", "--years", "1", "--changes", "3",
				"--runs", "1");

		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(run.out()).contains("Parley storage benchmark: 4 cells, 60 content items over 1 years")
				.containsPattern("load \\(folder vs one plain XMI\\)\\s+\\d+\\s+\\d+\\s+[\\d.]+\\s+[\\d.]+-[\\d.]+\\s+<= 1.30")
				.containsPattern("merge 3\\+3 changes \\(vs load\\)\\s+\\d+\\s+\\d+\\s+[\\d.]+\\s+[\\d.]+-[\\d.]+\\s+<= 3.00");
	}

	@Test
	void extractionModeNamesAFolderWithoutPages() {
		Path empty = Corpora.root().resolve("lexicons");

		CommandRun run = CommandRun.of("benchmark", "--extraction", empty.toString(), "--runs", "1");

		assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
		assertThat(run.err()).contains("no pages");
	}

	@Test
	void crawlModeReportsPagesPerSecondAndTheRatioToThePoliteBound() {
		Path readability = Corpora.root().resolve("readability");

		CommandRun run = CommandRun.of("benchmark", "--crawl",
				readability.resolve("wordpress") + "," + readability.resolve("aktualne"), "--hosts", "2", "--delays",
				"0.05", "--runs", "1");

		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(run.out()).contains("Crawl speed: 2 pages")
				.containsPattern("\\n\\s+1\\s+0\\.000\\s+3\\s+[\\d.]+\\s+[\\d.]+\\s+-\\s+-")
				.containsPattern("\\n\\s+2\\s+0\\.000\\s+4\\s+[\\d.]+\\s+[\\d.]+\\s+-\\s+-")
				.containsPattern("\\n\\s+2\\s+0\\.050\\s+4\\s+[\\d.]+\\s+[\\d.]+\\s+40\\.0\\s+[\\d.]+\\s+>= 0.90")
				.doesNotContain("failed");
	}
}
