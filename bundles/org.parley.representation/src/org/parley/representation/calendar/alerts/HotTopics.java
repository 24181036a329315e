package org.parley.representation.calendar.alerts;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.parley.listening.alert.Alert;
import org.parley.listening.alert.DetectionSettings;
import org.parley.listening.alert.ProjectAlerts;
import org.parley.listening.analyse.AnalysisStore;
import org.parley.listening.store.Mention;
import org.parley.listening.store.MentionStore;
import org.parley.model.Plan;

/**
 * The alerts open at the newest mention of a project (what customers raise now), with the texts of their example
 * mentions, so that an item drafted from an alert can quote them.
 *
 * @param alerts       strongest first; empty without mentions or without a rising term
 * @param exampleTexts the text of each example mention, by id
 * @param mentions     how many mentions the project holds
 */
public record HotTopics(List<Alert> alerts, Map<String, String> exampleTexts, int mentions) {

	/** What the side panel says when there is nothing to show. */
	public static final String NO_DATA = "No listening data yet: crawl sources, then run analysis.";
	public static final String NO_ALERTS = "No rising topic in the latest mentions.";

	public HotTopics {
		alerts = List.copyOf(alerts);
		exampleTexts = Map.copyOf(exampleTexts);
	}

	/**
	 * Reads the mentions and analyses stored in {@code projectDir} and finds the alerts open now.
	 *
	 * @throws IOException naming the file that cannot be read
	 */
	public static HotTopics load(Path projectDir, Plan plan) throws IOException {
		List<Mention> mentions = new MentionStore(projectDir).all();
		if (mentions.isEmpty()) {
			return new HotTopics(List.of(), Map.of(), 0);
		}
		ProjectAlerts project = new ProjectAlerts(plan, mentions, new AnalysisStore(projectDir).all(),
				DetectionSettings.defaults());
		List<Alert> alerts = project.end() == null ? List.of() : project.at(project.end());
		Set<String> examples = alerts.stream().flatMap(a -> a.examples().stream()).collect(Collectors.toSet());
		Map<String, String> texts = new HashMap<>();
		for (Mention mention : mentions) {
			if (examples.contains(mention.id()) && mention.text() != null) {
				texts.put(mention.id(), mention.text());
			}
		}
		return new HotTopics(alerts, texts, mentions.size());
	}

	/** What to say instead of a list when there are no alerts; null when there are some. */
	public String emptyText() {
		if (mentions == 0) {
			return NO_DATA;
		}
		return alerts.isEmpty() ? NO_ALERTS : null;
	}
}
