package org.parley.listening.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.parley.listening.alert.Alert;
import org.parley.listening.alert.MentionTime;
import org.parley.listening.analyse.BrandOpinion;
import org.parley.listening.analyse.Intent;
import org.parley.listening.analyse.IntentKind;
import org.parley.listening.analyse.MentionAnalysis;
import org.parley.listening.analyse.Polarity;
import org.parley.listening.analyse.Sentiment;
import org.parley.listening.analyse.Tag;
import org.parley.listening.store.Mention;
import org.parley.model.Brand;
import org.parley.model.BrandKind;
import org.parley.model.ConversationCell;
import org.parley.model.Plan;

/**
 * Aggregates a period's mentions and their analyses into a {@link ListeningReport}. A mention counts for a brand
 * when its analysis holds an opinion on the brand (with that opinion's sentiment), else a brand tag (with the
 * mention's sentiment); for a cell when it says a keyword of the cell's topics or carries a tag of one of them.
 */
public final class ReportBuilder {

	static final String NO_BRAND = "(no brand)";

	private final Plan plan;
	private final ZoneId zone;

	public ReportBuilder(Plan plan) {
		this.plan = plan;
		this.zone = plan.getTimeZone() != null ? plan.getTimeZone() : ZoneOffset.UTC;
	}

	/**
	 * @param from first day, or null for the first mention's
	 * @param to last day (included), or null for the last mention's
	 * @param alerts the alerts open at the end of the period
	 */
	public ListeningReport build(List<Mention> mentions, Map<String, MentionAnalysis> analyses, List<Alert> alerts,
			LocalDate from, LocalDate to) {
		List<Dated> dated = new ArrayList<>();
		for (Mention mention : mentions) {
			Instant time = MentionTime.of(mention, zone);
			if (time != null) {
				dated.add(new Dated(mention, time.atZone(zone).toLocalDate(), analyses.get(mention.id())));
			}
		}
		LocalDate first = from != null ? from : dated.stream().map(Dated::day).min(Comparator.naturalOrder()).orElse(null);
		LocalDate last = to != null ? to : dated.stream().map(Dated::day).max(Comparator.naturalOrder()).orElse(null);
		List<Dated> inPeriod = dated.stream()
				.filter(d -> first != null && !d.day().isBefore(first) && !d.day().isAfter(last)).toList();
		List<BrandFigures> brands = brands(inPeriod);
		return new ListeningReport(plan.getName(), first, last, inPeriod.size(),
				(int) inPeriod.stream().filter(d -> d.analysis() != null).count(), brands, shareOfVoice(brands),
				intents(inPeriod), cells(inPeriod, alerts), daily(inPeriod, first, last), alerts);
	}

	private record Dated(Mention mention, LocalDate day, MentionAnalysis analysis) {
	}

	private List<BrandFigures> brands(List<Dated> mentions) {
		Map<String, int[]> counts = new LinkedHashMap<>();
		for (Brand brand : planBrands()) {
			counts.put(brand.getName(), new int[3]);
		}
		for (Dated d : mentions) {
			if (d.analysis() == null) {
				continue;
			}
			for (Map.Entry<String, Sentiment> opinion : opinions(d.analysis()).entrySet()) {
				counts.computeIfAbsent(opinion.getKey(), b -> new int[3])[opinion.getValue().polarity().ordinal()]++;
			}
		}
		List<BrandFigures> figures = new ArrayList<>();
		counts.forEach((brand, c) -> figures.add(new BrandFigures(brand, kindOf(brand), c[0] + c[1] + c[2],
				c[Polarity.POSITIVE.ordinal()], c[Polarity.NEUTRAL.ordinal()], c[Polarity.NEGATIVE.ordinal()])));
		return figures;
	}

	/** The sentiment towards each brand a mention names. */
	private static Map<String, Sentiment> opinions(MentionAnalysis analysis) {
		Map<String, Sentiment> opinions = new LinkedHashMap<>();
		for (BrandOpinion opinion : analysis.brands()) {
			opinions.putIfAbsent(opinion.brand(), opinion.sentiment());
		}
		if (opinions.isEmpty()) {
			for (Tag tag : analysis.tags()) {
				if (!tag.kind().equals("topic") && !tag.kind().equals("product")) {
					opinions.putIfAbsent(tag.name(), analysis.sentiment());
				}
			}
		}
		return opinions;
	}

	private static List<ShareOfVoice> shareOfVoice(List<BrandFigures> brands) {
		List<BrandFigures> compared = brands.stream()
				.filter(b -> b.kind().equals("own") || b.kind().equals("competitor")).toList();
		int total = compared.stream().mapToInt(BrandFigures::volume).sum();
		return compared.stream()
				.map(b -> new ShareOfVoice(b.brand(), b.kind(), b.volume(), total == 0 ? 0 : 100.0 * b.volume() / total))
				.toList();
	}

	private static List<IntentCount> intents(List<Dated> mentions) {
		Map<List<String>, Integer> counts = new TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0))
				.thenComparing(k -> k.get(1)).thenComparing(k -> k.get(2)));
		for (Dated d : mentions) {
			MentionAnalysis analysis = d.analysis();
			if (analysis == null) {
				continue;
			}
			if (analysis.brands().isEmpty()) {
				count(counts, NO_BRAND, analysis.intent());
			}
			for (BrandOpinion opinion : analysis.brands()) {
				count(counts, opinion.brand(), opinion.intent());
			}
		}
		List<IntentCount> intents = new ArrayList<>();
		counts.forEach((key, count) -> intents.add(new IntentCount(key.get(0), key.get(1),
				key.get(2).isEmpty() ? null : key.get(2), count)));
		return intents;
	}

	private static void count(Map<List<String>, Integer> counts, String brand,
			Intent intent) {
		if (intent == null || intent.kind() == IntentKind.NONE) {
			return;
		}
		counts.merge(List.of(brand, intent.kind().label(), intent.obstacle() == null ? "" : intent.obstacle().label()), 1,
				Integer::sum);
	}

	private List<CellHeat> cells(List<Dated> mentions, List<Alert> alerts) {
		List<CellHeat> heat = new ArrayList<>();
		if (plan.getMatrix() == null) {
			return heat;
		}
		Map<String, MentionAnalysis> analyses = new java.util.HashMap<>();
		for (Dated d : mentions) {
			if (d.analysis() != null) {
				analyses.put(d.mention().id(), d.analysis());
			}
		}
		CellTally tally = new CellTally(mentions.stream().map(Dated::mention).toList(), analyses);
		for (ConversationCell cell : plan.getMatrix().getCells()) {
			heat.add(CellTally.heat(cell, tally.count(cell), alerts));
		}
		return heat;
	}

	private static List<DailyFigures> daily(List<Dated> mentions, LocalDate from, LocalDate to) {
		Map<LocalDate, int[]> days = new TreeMap<>();
		if (from == null) {
			return List.of();
		}
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			days.put(day, new int[4]);
		}
		for (Dated d : mentions) {
			int[] counts = days.get(d.day());
			counts[3]++;
			if (d.analysis() != null) {
				counts[d.analysis().sentiment().polarity().ordinal()]++;
			}
		}
		List<DailyFigures> daily = new ArrayList<>();
		days.forEach((day, c) -> daily.add(new DailyFigures(day, c[3], c[Polarity.POSITIVE.ordinal()],
				c[Polarity.NEUTRAL.ordinal()], c[Polarity.NEGATIVE.ordinal()])));
		return daily;
	}

	private List<Brand> planBrands() {
		return plan.getStrategy() == null ? List.of() : plan.getStrategy().getBrands();
	}

	private String kindOf(String brand) {
		for (Brand b : planBrands()) {
			if (b.getName().equals(brand)) {
				BrandKind kind = b.getKind();
				return kind == null ? "own" : kind.getName().toLowerCase(Locale.ROOT);
			}
		}
		return "unknown";
	}
}
