package org.parley.listening.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.listening.analyse.KeywordAnalysers;
import org.parley.model.Plan;

/** Early warning over a project's stored mentions and analyses, on disk. */
class ProjectAlertsTest {

	@TempDir
	static Path project;

	private static Plan plan;

	@BeforeAll
	static void storeAStreamWithAnOutage() throws IOException {
		plan = StreamProject.create(project, KeywordAnalysers.analyser("test-1"));
	}

	@Test
	void theOutageIsRaisedWithItsBrandCellAndExamples() throws IOException {
		ProjectAlerts alerts = ProjectAlerts.load(project, plan);

		List<Alert> open = alerts.at(alerts.end());

		Alert panne = open.stream().filter(a -> a.term().equals("panne 4g")).findFirst().orElseThrow();
		assertThat(panne.brand()).isEqualTo("giffgaff");
		assertThat(panne.cell()).isEqualTo("Help & support / Membres francophones");
		assertThat(panne.authors()).isEqualTo(24);
		assertThat(panne.examples()).hasSize(EmergingTermDetector.EXAMPLES).allMatch(id -> id.length() == 32);
		assertThat(open).extracting(Alert::term).doesNotContain("panne", "4g", "encore panne", "grosse panne", "toujours panne");
	}

	@Test
	void scanningSinceTheDayBeforeFindsTheOutageWithinHoursOfItsStart() throws IOException {
		ProjectAlerts alerts = ProjectAlerts.load(project, plan);

		List<Alert> started = alerts.since(StreamProject.BURST.minus(Duration.ofDays(1)), alerts.end());

		Alert panne = started.stream().filter(a -> a.term().contains("panne")).findFirst().orElseThrow();
		assertThat(Duration.between(StreamProject.BURST, panne.at())).isBetween(Duration.ZERO, Duration.ofHours(3));
	}
}
