package org.parley.listening.intent;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.parley.listening.analyse.Intent;
import org.parley.listening.analyse.IntentKind;
import org.parley.listening.analyse.Obstacle;
import org.parley.listening.analyse.TweetCorpus;
import org.parley.listening.opinion.DevSets;
import org.parley.listening.sentiment.TextTokens;

/**
 * {@link IntentRules} tries each section's regex only where {@link CueStarts} says a cue may begin; these tests
 * check, on every UMSAB tweet and every customer-service post of the test sets, that it reads exactly what trying
 * the regexes at every position on the text normalised with regexes reads (the shipped cues, whatever they are at
 * the time).
 */
class CueStartsTest {

	@Test
	void readsTheSameIntentsAsTryingEveryPosition() {
		List<String> texts = texts();
		int intents = 0;
		for (String lang : List.of("fr", "en")) {
			IntentRules rules = IntentRules.of(lang).orElseThrow();
			EveryPosition reference = new EveryPosition(IntentCues.load(lang));
			for (String text : texts) {
				Intent expected = reference.read(text);
				assertThat(rules.read(text)).as("%s: %s", lang, text).isEqualTo(expected);
				intents += expected.kind() == IntentKind.NONE ? 0 : 1;
			}
		}
		// The comparison must cover every kind of finding, not only texts without intent.
		assertThat(intents).isGreaterThan(400);
	}

	@Test
	void findsASectionWhereverItsRegexFindsIt() {
		List<Pattern> sections = List.of(Pattern.compile("\\b(?:(?:cancel(?:l?ing)?)|(?:(?:a|to) new network))"),
				// no prefix: tried at every position
				Pattern.compile("\\b(?:(?:cancel)|(?:\\d+ a month))"));
		CueStarts starts = new CueStarts(sections);
		String text = "recancel, cancelling 12 a month then to a new network, cancel";
		CueStarts.Starts scanned = starts.scan(text);
		for (int s = 0; s < sections.size(); s++) {
			List<Integer> found = new ArrayList<>();
			for (int at = scanned.next(s, 0); at >= 0; at = scanned.next(s, at + 1)) {
				found.add(at);
			}
			List<Integer> expected = new ArrayList<>();
			Matcher m = sections.get(s).matcher(text);
			for (int from = 0; m.find(from); from = m.start() + 1) {
				expected.add(m.start());
			}
			assertThat(found).as(sections.get(s).pattern()).isEqualTo(expected).hasSize(3);
		}
	}

	private static List<String> texts() {
		List<String> texts = new ArrayList<>(TweetCorpus.all());
		for (String lang : List.of("fr", "en")) {
			for (List<DevSets.Post> set : List.of(DevSets.customerService(lang), DevSets.heldOut(lang), DevSets.unseen(lang))) {
				set.forEach(post -> texts.add(post.text()));
			}
		}
		return texts;
	}

	/** The rules as they read before positions were filtered: every section's regex found from every position. */
	private record EveryPosition(IntentCues cues) {

		Intent read(String text) {
			String t = normalize(text);
			if (affirmed(t, cues.churn())) {
				return new Intent(IntentKind.CHURN, null);
			}
			Obstacle alone = obstacle(t, cues.obstacleAlone());
			if (alone != null) {
				Obstacle named = obstacle(t, cues.obstacleWithWish());
				return new Intent(IntentKind.BUY_BLOCKED, named != null ? named : alone);
			}
			boolean buys = affirmed(t, cues.buy());
			if (buys || any(t, cues.wish())) {
				Obstacle blocking = obstacle(t, cues.obstacleWithWish());
				if (blocking != null) {
					return new Intent(IntentKind.BUY_BLOCKED, blocking);
				}
			}
			return buys ? new Intent(IntentKind.BUY, null) : Intent.NONE;
		}

		private static String normalize(String text) {
			String opened = TextTokens.open(text.replace('’', '\'')).toLowerCase(Locale.ROOT);
			String plain = Normalizer.normalize(opened, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
			return plain.replaceAll("\\s+", " ").strip();
		}

		private static Obstacle obstacle(String text, Map<Obstacle, List<Pattern>> obstacles) {
			for (Map.Entry<Obstacle, List<Pattern>> entry : obstacles.entrySet()) {
				if (any(text, entry.getValue())) {
					return entry.getKey();
				}
			}
			return null;
		}

		private static boolean any(String text, List<Pattern> patterns) {
			return patterns.stream().anyMatch(p -> p.matcher(text).find());
		}

		private boolean affirmed(String text, List<Pattern> patterns) {
			for (Pattern p : patterns) {
				Matcher m = p.matcher(text);
				int from = 0;
				while (from <= text.length() && m.find(from)) {
					if (!IntentRules.negated(text, m.start(), cues.negators())) {
						return true;
					}
					from = m.start() + 1;
				}
			}
			return false;
		}
	}
}
