package org.parley.listening.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.listening.alert.StreamProject;
import org.parley.listening.analyse.KeywordAnalysers;
import org.parley.listening.store.Mention;
import org.parley.listening.store.MentionStore;
import org.parley.model.Plan;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** Reports over a stored stream of real tweets with a giffgaff outage, analysed by the keyword test doubles. */
class ProjectReportTest {

	@TempDir
	static Path project;

	private static Plan plan;
	private static ListeningReport report;
	private static List<Mention> mentions;

	@BeforeAll
	static void storeAndReport() throws IOException {
		plan = StreamProject.create(project, KeywordAnalysers.analyser("test-1"));
		mentions = new MentionStore(project).all();
		report = ProjectReport.build(project, plan, null, null);
	}

	@Test
	void countsEveryMentionOnceInTheDailySeries() {
		assertThat(report.mentions()).isEqualTo(mentions.size());
		assertThat(report.analysed()).isEqualTo(mentions.size());
		assertThat(report.daily().stream().mapToInt(DailyFigures::volume).sum()).isEqualTo(mentions.size());
		assertThat(report.daily()).hasSize(36);
	}

	@Test
	void givesEachBrandItsVolumeAndSentimentSplit() {
		long naming = mentions.stream().filter(m -> m.text().toLowerCase().contains("giffgaff")).count();

		BrandFigures giffgaff = report.brands().stream().filter(b -> b.brand().equals("giffgaff")).findFirst().orElseThrow();

		assertThat(giffgaff.kind()).isEqualTo("own");
		assertThat(giffgaff.volume()).isEqualTo((int) naming);
		assertThat(giffgaff.positive() + giffgaff.neutral() + giffgaff.negative()).isEqualTo(giffgaff.volume());
		assertThat(giffgaff.negativePercent()).isGreaterThan(0);
		assertThat(report.brands()).extracting(BrandFigures::brand).contains("Sky", "Virgin Media", "Starbucks");
	}

	@Test
	void sharesOfVoiceOfOwnAndCompetitorBrandsAddUpToAHundred() {
		assertThat(report.shareOfVoice()).extracting(ShareOfVoice::kind).containsOnly("own", "competitor");
		assertThat(report.shareOfVoice().stream().mapToDouble(ShareOfVoice::percent).sum()).isBetween(99.99, 100.01);
	}

	@Test
	void heatsTheFrenchServiceCellWithItsThresholdAndTheOutageAlert() {
		CellHeat french = report.cells().stream().filter(c -> c.cell().equals("Help & support / Membres francophones"))
				.findFirst().orElseThrow();

		assertThat(french.volume()).isGreaterThanOrEqualTo(24);
		assertThat(french.threshold()).isEqualTo(15.0);
		assertThat(french.breach()).isEqualTo(french.negativePercent() > 15.0);
		assertThat(french.openAlerts()).isPositive();
		assertThat(report.cells()).filteredOn(c -> c.threshold() == null).allMatch(c -> !c.breach());
	}

	@Test
	void aPeriodKeepsOnlyItsDays() throws IOException {
		LocalDate day = report.to();

		ListeningReport lastDay = ProjectReport.build(project, plan, day, day);

		assertThat(lastDay.daily()).hasSize(1);
		assertThat(lastDay.mentions()).isEqualTo(report.daily().get(report.daily().size() - 1).volume());
	}

	@Test
	void theHtmlIsOneSelfContainedPageWithCharts() {
		String html = HtmlReport.write(report);

		assertThat(html).startsWith("<!DOCTYPE html>").contains("<svg", "<polyline", "Sentiment per brand", "panne 4g")
				.doesNotContain("<script", "src=", "href=", "@import");
	}

	@Test
	void csvJsonAndMarkdownCarryTheSameFigures() {
		BrandFigures giffgaff = report.brands().stream().filter(b -> b.brand().equals("giffgaff")).findFirst().orElseThrow();

		assertThat(CsvReport.write(report)).startsWith("table,brand,cell,day,metric,value\r\n")
				.contains("brands,giffgaff,,,volume," + giffgaff.volume() + "\r\n");
		JsonObject json = JsonParser.parseString(JsonReport.write(report)).getAsJsonObject();
		assertThat(json.get("mentions").getAsInt()).isEqualTo(mentions.size());
		assertThat(json.get("from").getAsString()).isEqualTo(report.from().toString());
		assertThat(MarkdownReport.write(report)).contains("| giffgaff | own | " + giffgaff.volume() + " |");
	}
}
