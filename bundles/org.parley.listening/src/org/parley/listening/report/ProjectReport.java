package org.parley.listening.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.parley.listening.alert.Alert;
import org.parley.listening.alert.DetectionSettings;
import org.parley.listening.alert.ProjectAlerts;
import org.parley.listening.analyse.AnalysisStore;
import org.parley.listening.analyse.MentionAnalysis;
import org.parley.listening.store.Mention;
import org.parley.listening.store.MentionStore;
import org.parley.model.Plan;

/** A project's listening report from what is stored: mentions, analyses, and the alerts open at the period's end. */
public final class ProjectReport {

	private ProjectReport() {
	}

	/**
	 * @param from first day, or null for the first mention's
	 * @param to last day included, or null for the last mention's
	 */
	public static ListeningReport build(Path projectDir, Plan plan, LocalDate from, LocalDate to) throws IOException {
		List<Mention> mentions = new MentionStore(projectDir).all();
		Map<String, MentionAnalysis> analyses = new AnalysisStore(projectDir).all();
		List<Alert> alerts = openAlerts(plan, mentions, analyses, to);
		return new ReportBuilder(plan).build(mentions, analyses, alerts, from, to);
	}

	/**
	 * The alerts open at the end of {@code to} (or of the newest mention, if that is earlier or {@code to} is null);
	 * none without dated mentions.
	 */
	public static List<Alert> openAlerts(Plan plan, List<Mention> mentions, Map<String, MentionAnalysis> analyses,
			LocalDate to) {
		ProjectAlerts early = new ProjectAlerts(plan, mentions, analyses, DetectionSettings.defaults());
		if (early.latest() == null) {
			return List.of();
		}
		ZoneId zone = plan.getTimeZone() != null ? plan.getTimeZone() : ZoneOffset.UTC;
		// alerts open at the end of the period: the end of its last day, or the newest mention before that
		var end = to == null ? early.end() : to.plusDays(1).atStartOfDay(zone).toInstant();
		return early.at(end.isAfter(early.end()) ? early.end() : end);
	}
}
