package org.parley.listening.alert;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.parley.listening.analyse.AnalysisStore;
import org.parley.listening.analyse.BrandOpinion;
import org.parley.listening.analyse.MentionAnalysis;
import org.parley.listening.analyse.Tag;
import org.parley.listening.store.Mention;
import org.parley.listening.store.MentionStore;
import org.parley.model.Plan;

/**
 * Early warning over a project's stored mentions and analyses: finds the rising terms, names the brand most said
 * with each (from the analyses' brand opinions, else brand tags) and routes each to a cell with
 * {@link AlertRouter}. Works without analyses too, then without brands.
 */
public final class ProjectAlerts {

	/** How many posts of a term are read to find its brand, language and cell. */
	private static final int EVIDENCE = 50;

	private final Map<String, Mention> mentions = new HashMap<>();
	private final Map<String, MentionAnalysis> analyses;
	private final TermTimeline timeline;
	private final TermScan scan;
	private final AlertRouter router;
	private Instant latest;
	private Instant earliest;

	public ProjectAlerts(Plan plan, List<Mention> mentions, Map<String, MentionAnalysis> analyses,
			DetectionSettings settings) {
		this.analyses = analyses;
		ZoneId zone = plan != null && plan.getTimeZone() != null ? plan.getTimeZone() : ZoneOffset.UTC;
		List<Observation> observations = new ArrayList<>();
		for (Mention mention : mentions) {
			Instant time = MentionTime.of(mention, zone);
			if (time == null) {
				continue;
			}
			this.mentions.put(mention.id(), mention);
			observations.add(new Observation(mention.id(), mention.author(), time, mention.text()));
			latest = latest == null || time.isAfter(latest) ? time : latest;
			earliest = earliest == null || time.isBefore(earliest) ? time : earliest;
		}
		this.timeline = TermTimeline.of(observations, TermExtractor.shipped());
		this.scan = new TermScan(new EmergingTermDetector(settings));
		this.router = new AlertRouter(plan);
	}

	/** The project's mentions and analyses as stored, with the default settings. */
	public static ProjectAlerts load(Path projectDir, Plan plan) throws IOException {
		return new ProjectAlerts(plan, new MentionStore(projectDir).all(), new AnalysisStore(projectDir).all(),
				DetectionSettings.defaults());
	}

	/** The newest mention's time, or null without dated mentions: "now" for data that stopped coming. */
	public Instant latest() {
		return latest;
	}

	/**
	 * Just after the newest mention, or null without dated mentions: "now" for data that stopped coming, since a
	 * window ends before its end instant.
	 */
	public Instant end() {
		return latest == null ? null : latest.plusSeconds(1);
	}

	/** The oldest mention's time, or null. */
	public Instant earliest() {
		return earliest;
	}

	/** The alerts open at {@code now}, strongest first. */
	public List<Alert> at(Instant now) {
		return scan.at(timeline, now).stream().map(this::alert).toList();
	}

	/** Alerts that started in (from, to], checked hourly, in the order they started. */
	public List<Alert> since(Instant from, Instant to) {
		return scan.scan(timeline, from, to, Duration.ofHours(1)).stream().map(this::alert).toList();
	}

	private Alert alert(TermSignal signal) {
		Instant start = signal.at().minus(signal.window().length());
		List<String> evidence = timeline.mentions(signal.term(), start, signal.at(), EVIDENCE);
		String brand = brand(evidence);
		String lang = mostCommon(evidence.stream().map(this::lang).toList());
		List<String> texts = evidence.stream().limit(EmergingTermDetector.EXAMPLES).map(mentions::get)
				.map(m -> m.text() == null ? "" : m.text()).toList();
		AlertRouter.Route route = router.route(signal.term(), texts, lang, brand);
		return new Alert(signal.term(), signal.window(), signal.at(), signal.growth(), signal.voices(),
				signal.baselineVoices(), signal.authors(), signal.pValue(), signal.complaint(), signal.examples(), brand,
				route == null ? null : route.cell().getId(), route == null ? null : CellTopics.label(route.cell()));
	}

	private String brand(List<String> mentionIds) {
		List<String> named = new ArrayList<>();
		for (String id : mentionIds) {
			MentionAnalysis analysis = analyses.get(id);
			if (analysis == null) {
				continue;
			}
			if (!analysis.brands().isEmpty()) {
				analysis.brands().stream().map(BrandOpinion::brand).distinct().forEach(named::add);
			} else {
				analysis.tags().stream().filter(ProjectAlerts::namesABrand).map(Tag::name).distinct().forEach(named::add);
			}
		}
		return mostCommon(named);
	}

	private static boolean namesABrand(Tag tag) {
		return switch (tag.kind()) {
		case "brand", "competitor", "partner", "sponsorship" -> true;
		default -> false;
		};
	}

	private String lang(String mentionId) {
		MentionAnalysis analysis = analyses.get(mentionId);
		if (analysis != null) {
			return analysis.lang();
		}
		Mention mention = mentions.get(mentionId);
		return mention == null ? null : mention.lang();
	}

	/** The most frequent value, the first seen on a tie; null for none. */
	private static String mostCommon(List<String> values) {
		Map<String, Integer> counts = new HashMap<>();
		String best = null;
		for (String value : values) {
			if (value == null) {
				continue;
			}
			int count = counts.merge(value, 1, Integer::sum);
			if (best == null || count > counts.get(best)) {
				best = value;
			}
		}
		return best;
	}
}
