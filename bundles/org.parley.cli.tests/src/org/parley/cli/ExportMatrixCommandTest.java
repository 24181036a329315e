package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** export-matrix without a display: SVG, and the errors a user can make. (PNG: the UI tests, which have a display.) */
class ExportMatrixCommandTest {

	@TempDir
	Path temp;

	private Path project;

	@BeforeEach
	void sampleWithMentions() {
		project = temp.resolve("sample");
		assertThat(CommandRun.of("new-sample", project.toString()).exitCode()).isZero();
	}

	@Test
	void writesTheMatrixWithItsHeatAsSvg() throws Exception {
		Path svg = temp.resolve("matrix.svg");

		CommandRun run = CommandRun.of("export-matrix", project.toString(), "-o", svg.toString(), "--heat", "negative");

		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(run.out()).startsWith("Wrote " + svg + ": ").contains("heat negative");
		Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
		assertThat(document.getDocumentElement().getTagName()).isEqualTo("svg");
		String text = Files.readString(svg);
		assertThat(text).contains("Customer service", "KPI: negative", "Legend", "at the cell's KPI threshold");
	}

	@Test
	void anUnknownHeatOrFileTypeIsBadUsage() {
		CommandRun heat = CommandRun.of("export-matrix", project.toString(), "-o", temp.resolve("m.svg").toString(),
				"--heat", "hotness");
		CommandRun type = CommandRun.of("export-matrix", project.toString(), "-o", temp.resolve("m.jpg").toString());

		assertThat(heat.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
		assertThat(heat.err()).contains("no heat called 'hotness'");
		assertThat(type.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
		assertThat(type.err()).contains("m.jpg: the file must end in .png or .svg");
	}

	@Test
	void newSampleStoresAnalysedMentionsAndItsOutageRaisesAnAlert() {
		CommandRun alerts = CommandRun.of("alerts", project.toString());

		assertThat(alerts.exitCode()).as(alerts.err()).isZero();
		assertThat(alerts.out()).contains("no signal", "giffgaff", "Help & support / Members");
		assertThat(project.resolve(".parley/analysis/2027/03")).isDirectory();
	}
}
