package org.parley.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parley.listening.analyse.BrandOpinion;
import org.parley.listening.analyse.Intent;
import org.parley.listening.analyse.IntentKind;
import org.parley.listening.analyse.LanguageIdentifier;
import org.parley.listening.analyse.MentionAnalyser;
import org.parley.listening.analyse.OpinionClassifier;
import org.parley.listening.analyse.Polarity;
import org.parley.listening.analyse.Sentiment;
import org.parley.listening.analyse.Tag;
import org.parley.listening.analyse.Tagger;
import org.parley.listening.analyse.TextSpan;

/**
 * Test doubles of the three classifier interfaces, keyword rules only, deterministic: they stand in for the real
 * classifiers the integrator wires into {@code ProjectAnalysers}, so the commands can be tested end to end.
 */
final class TestDoubleAnalysers {

	private static final List<String> BRANDS = List.of("giffgaff", "Sky", "Virgin Media", "Starbucks");
	private static final List<String> NEGATIVE = List.of("panne", "inacceptable", "hate", "worst", "bad", "outage", "sad");
	private static final List<String> POSITIVE = List.of("love", "great", "merci", "super", "best", "happy", "good");

	private TestDoubleAnalysers() {
	}

	static MentionAnalyser analyser(String version) {
		LanguageIdentifier languages = text -> Pattern.compile("(?i)\\b(le|la|les|une|est|pas|de)\\b").matcher(text).find()
				? "fr" : "en";
		Tagger tagger = new Tagger() {
			@Override
			public List<Tag> tags(String text, String lang) {
				return brands(text).stream().map(s -> new Tag("brand", s.name())).distinct().toList();
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
				return spans;
			}
		};
		OpinionClassifier opinions = new OpinionClassifier() {
			@Override
			public Sentiment sentiment(String text, String lang) {
				String lower = text.toLowerCase(Locale.ROOT);
				long score = POSITIVE.stream().filter(lower::contains).count()
						- NEGATIVE.stream().filter(lower::contains).count();
				return score > 0 ? new Sentiment(Polarity.POSITIVE, 0.5)
						: score < 0 ? new Sentiment(Polarity.NEGATIVE, -0.5) : Sentiment.NEUTRAL;
			}

			@Override
			public Intent intent(String text, String lang) {
				return text.toLowerCase(Locale.ROOT).contains("résilier") ? new Intent(IntentKind.CHURN, null) : Intent.NONE;
			}

			@Override
			public List<BrandOpinion> perBrand(String text, String lang, List<TextSpan> brands) {
				return brands.stream().map(TextSpan::name).distinct()
						.map(b -> new BrandOpinion(b, sentiment(text, lang), intent(text, lang))).toList();
			}
		};
		return new MentionAnalyser(languages, tagger, opinions, version);
	}
}
