package org.parley.listening.analyse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test doubles of the three classifier interfaces: small, deterministic keyword rules, standing in for the real
 * language identifier, tagger and opinion classifier so that the stages around them can be tested on real texts.
 * Their answers are not meant to be good, only predictable.
 */
public final class KeywordAnalysers {

	static final List<String> BRANDS = List.of("giffgaff", "Sky", "Virgin Media", "Starbucks");

	private KeywordAnalysers() {
	}

	public static MentionAnalyser analyser(String version) {
		return new MentionAnalyser(new Languages(), new Tags(), new Opinions(), version);
	}

	/** French when it has more French function words than English ones; undetermined on a tie. */
	static final class Languages implements LanguageIdentifier {
		private static final Pattern FR = Pattern.compile("(?i)\\b(le|la|les|des|est|et|une|pour|pas|je|de|du)\\b");
		private static final Pattern EN = Pattern.compile("(?i)\\b(the|is|and|a|for|not|i|of|to|my|you)\\b");

		@Override
		public String identify(String text) {
			long fr = FR.matcher(text).results().count();
			long en = EN.matcher(text).results().count();
			return fr > en ? "fr" : en > fr ? "en" : UNDETERMINED;
		}
	}

	/** Brand names as written (case aside); a "network" topic tag for a few signal words. */
	static final class Tags implements Tagger {
		private static final Pattern NETWORK = Pattern.compile("(?i)\\b(signal|réseau|4g|5g|panne|outage)\\b");

		@Override
		public List<Tag> tags(String text, String lang) {
			List<Tag> tags = new ArrayList<>();
			for (TextSpan brand : brands(text)) {
				Tag tag = new Tag("brand", brand.name());
				if (!tags.contains(tag)) {
					tags.add(tag);
				}
			}
			if (NETWORK.matcher(text).find()) {
				tags.add(new Tag("topic", "Network (réseau)"));
			}
			return tags;
		}

		@Override
		public List<TextSpan> brands(String text) {
			List<TextSpan> spans = new ArrayList<>();
			for (String brand : BRANDS) {
				Matcher m = Pattern.compile("(?i)\\b" + Pattern.quote(brand) + "\\b").matcher(text);
				while (m.find()) {
					spans.add(new TextSpan(brand, m.start(), m.end()));
				}
			}
			spans.sort((a, b) -> Integer.compare(a.start(), b.start()));
			return spans;
		}
	}

	/** Counts a few positive and negative words; churn, buy and price-blocked intents by phrase. */
	static final class Opinions implements OpinionClassifier {
		private static final List<String> NEGATIVE = List.of("panne", "problème", "inacceptable", "nul", "hate", "worst",
				"bad", "outage", "awful", "terrible", "angry", "sad", "no signal");
		private static final List<String> POSITIVE = List.of("love", "great", "merci", "génial", "super", "best", "happy",
				"good", "bravo", "thanks");

		@Override
		public Sentiment sentiment(String text, String lang) {
			String lower = text.toLowerCase(Locale.ROOT);
			long score = POSITIVE.stream().filter(lower::contains).count() - NEGATIVE.stream().filter(lower::contains).count();
			if (score > 0) {
				return new Sentiment(Polarity.POSITIVE, Math.min(1, score / 2.0));
			}
			if (score < 0) {
				return new Sentiment(Polarity.NEGATIVE, Math.max(-1, score / 2.0));
			}
			return Sentiment.NEUTRAL;
		}

		@Override
		public Intent intent(String text, String lang) {
			String lower = text.toLowerCase(Locale.ROOT);
			if (lower.contains("résilier") || lower.contains("cancel") || lower.contains("switching to")) {
				return new Intent(IntentKind.CHURN, null);
			}
			if (lower.contains("trop cher") || lower.contains("too expensive")) {
				return new Intent(IntentKind.BUY_BLOCKED, Obstacle.PRICE);
			}
			if (lower.contains("want to buy") || lower.contains("acheter")) {
				return new Intent(IntentKind.BUY, null);
			}
			return Intent.NONE;
		}

		@Override
		public List<BrandOpinion> perBrand(String text, String lang, List<TextSpan> brands) {
			List<BrandOpinion> opinions = new ArrayList<>();
			List<String> seen = new ArrayList<>();
			for (TextSpan span : brands) {
				if (!seen.contains(span.name())) {
					seen.add(span.name());
					opinions.add(new BrandOpinion(span.name(), sentiment(text, lang), intent(text, lang)));
				}
			}
			return opinions;
		}
	}
}
