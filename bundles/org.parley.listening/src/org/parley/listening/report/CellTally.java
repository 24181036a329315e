package org.parley.listening.report;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.parley.listening.alert.Alert;
import org.parley.listening.alert.CellTopics;
import org.parley.listening.alert.TextNormaliser;
import org.parley.listening.alert.TopicKeywords;
import org.parley.listening.analyse.BrandOpinion;
import org.parley.listening.analyse.IntentKind;
import org.parley.listening.analyse.MentionAnalysis;
import org.parley.listening.analyse.Polarity;
import org.parley.listening.analyse.Tag;
import org.parley.listening.store.Mention;
import org.parley.model.ConversationCell;
import org.parley.model.Kpi;
import org.parley.model.KpiMetric;
import org.parley.model.ThresholdDirection;
import org.parley.model.Topic;

/**
 * Counts, per conversation cell, the mentions about it: those that say a keyword of one of the cell's topics or
 * carry a tag of one of them; how many of those are negative, and how many say an intent to buy, to buy but
 * blocked, or to leave. Shared by the listening report and the matrix's heat. Each topic's mentions are found once,
 * and a cell's are the union of its topics', so thousands of cells sharing a few dozen topics stay fast.
 */
public final class CellTally {

	/** What the mentions about one cell say. */
	public record Counts(int volume, int negative, int buy, int blocked, int churn) {

		public static final Counts NONE = new Counts(0, 0, 0, 0, 0);
	}

	private final List<Mention> mentions;
	private final List<MentionAnalysis> analyses;
	private final List<List<String>> words;
	private final Map<Topic, BitSet> byTopic = new IdentityHashMap<>();

	/** @param analyses each mention's analysis, by mention id; a mention without one counts for volume only */
	public CellTally(List<Mention> mentions, Map<String, MentionAnalysis> analyses) {
		this.mentions = List.copyOf(mentions);
		this.analyses = new ArrayList<>(mentions.size());
		this.words = new ArrayList<>(mentions.size());
		for (Mention mention : this.mentions) {
			this.analyses.add(analyses.get(mention.id()));
			this.words.add(TextNormaliser.words(mention.text()));
		}
	}

	/** The counts of each cell, in the order given. */
	public Map<ConversationCell, Counts> count(Collection<ConversationCell> cells) {
		Map<ConversationCell, Counts> counts = new LinkedHashMap<>();
		for (ConversationCell cell : cells) {
			counts.put(cell, count(cell));
		}
		return counts;
	}

	public Counts count(ConversationCell cell) {
		BitSet about = new BitSet(mentions.size());
		for (Topic topic : cell.getTopics()) {
			about.or(mentionsAbout(topic));
		}
		int volume = 0, negative = 0, buy = 0, blocked = 0, churn = 0;
		for (int i = about.nextSetBit(0); i >= 0; i = about.nextSetBit(i + 1)) {
			volume++;
			MentionAnalysis analysis = analyses.get(i);
			if (analysis == null) {
				continue;
			}
			if (analysis.sentiment().polarity() == Polarity.NEGATIVE) {
				negative++;
			}
			switch (intentOf(analysis)) {
			case BUY -> buy++;
			case BUY_BLOCKED -> blocked++;
			case CHURN -> churn++;
			default -> {
				// no intent
			}
			}
		}
		return new Counts(volume, negative, buy, blocked, churn);
	}

	/** The ids of the mentions about {@code cell}, in the order the mentions were given. */
	public List<String> mentionIds(ConversationCell cell) {
		BitSet about = new BitSet(mentions.size());
		for (Topic topic : cell.getTopics()) {
			about.or(mentionsAbout(topic));
		}
		List<String> ids = new ArrayList<>(about.cardinality());
		for (int i = about.nextSetBit(0); i >= 0; i = about.nextSetBit(i + 1)) {
			ids.add(mentions.get(i).id());
		}
		return ids;
	}

	/** The mention's own intent, else the first one it states towards a brand it names. */
	private static IntentKind intentOf(MentionAnalysis analysis) {
		if (analysis.intent() != null && analysis.intent().kind() != IntentKind.NONE) {
			return analysis.intent().kind();
		}
		for (BrandOpinion opinion : analysis.brands()) {
			if (opinion.intent() != null && opinion.intent().kind() != IntentKind.NONE) {
				return opinion.intent().kind();
			}
		}
		return IntentKind.NONE;
	}

	private BitSet mentionsAbout(Topic topic) {
		return byTopic.computeIfAbsent(topic, t -> {
			TopicKeywords keywords = new TopicKeywords(t);
			BitSet about = new BitSet(mentions.size());
			for (int i = 0; i < mentions.size(); i++) {
				if (tagged(analyses.get(i), t.getName()) || keywords.matches(words.get(i))) {
					about.set(i);
				}
			}
			return about;
		});
	}

	private static boolean tagged(MentionAnalysis analysis, String topicName) {
		if (analysis == null || topicName == null) {
			return false;
		}
		for (Tag tag : analysis.tags()) {
			if (tag.kind().equals("topic") && topicName.equals(tag.name())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * How hot a cell runs: its counts, its negative rate against its NEGATIVE_RATE KPI, and the open alerts routed
	 * to it.
	 */
	public static CellHeat heat(ConversationCell cell, Counts counts, List<Alert> alerts) {
		int volume = counts.volume();
		double rate = volume == 0 ? 0 : 100.0 * counts.negative() / volume;
		Kpi kpi = negativeRateKpi(cell);
		Double threshold = kpi == null ? null : percent(kpi);
		boolean breach = threshold != null && volume > 0
				&& (kpi.getDirection() == ThresholdDirection.AT_LEAST ? rate < threshold : rate > threshold);
		long open = alerts.stream().filter(a -> cell.getId() != null && cell.getId().equals(a.cellId())).count();
		return new CellHeat(cell.getId(), CellTopics.label(cell), volume, counts.negative(), rate, threshold, breach,
				(int) open);
	}

	/** The cell's first NEGATIVE_RATE KPI, or null. */
	public static Kpi negativeRateKpi(ConversationCell cell) {
		return cell.getKpis().stream().filter(k -> k.getMetric() == KpiMetric.NEGATIVE_RATE).findFirst().orElse(null);
	}

	/** A rate KPI's threshold in percent: written as a percentage ("15", unit %) or, below 1, as a fraction. */
	public static double percent(Kpi kpi) {
		boolean fraction = kpi.getThreshold() <= 1 && !"%".equals(kpi.getUnit());
		return fraction ? kpi.getThreshold() * 100 : kpi.getThreshold();
	}
}
