package org.parley.listening.intent;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.parley.listening.analyse.Intent;
import org.parley.listening.analyse.IntentKind;
import org.parley.listening.analyse.Obstacle;

/**
 * Reads the intent of a French or English text from patterns: leaving comes first ("je résilie, trop cher" is
 * churn), then a purchase blocked by an obstacle, then a plain wish to buy; a cue with a negator among the three
 * words before it does not count ("je ne vais pas résilier").
 */
public final class IntentRules {

	private static final IntentRules FRENCH = new IntentRules(IntentCues.load("fr"));
	private static final IntentRules ENGLISH = new IntentRules(IntentCues.load("en"));

	private final IntentCues cues;
	private final CueStarts starts;
	private final Map<Pattern, Integer> sections = new IdentityHashMap<>();
	// The opinion classifier asks for a text's intent several times in a row (for its sentiment, its intent, its
	// one brand): the last answer is kept, as an immutable pair, so the text is read once.
	private volatile Reading last;

	private record Reading(String text, Intent intent) {
	}

	private IntentRules(IntentCues cues) {
		this.cues = cues;
		List<Pattern> all = new ArrayList<>();
		List<List<Pattern>> lists = new ArrayList<>(List.of(cues.churn(), cues.buy(), cues.wish()));
		lists.addAll(cues.obstacleAlone().values());
		lists.addAll(cues.obstacleWithWish().values());
		for (List<Pattern> list : lists) {
			for (Pattern p : list) {
				sections.putIfAbsent(p, all.size());
				if (sections.get(p) == all.size()) {
					all.add(p);
				}
			}
		}
		this.starts = new CueStarts(all);
	}

	/** The rules of {@code fr} or {@code en}; empty for other languages, whose intent Parley leaves at none. */
	public static Optional<IntentRules> of(String lang) {
		if ("fr".equals(lang)) {
			return Optional.of(FRENCH);
		}
		if ("en".equals(lang)) {
			return Optional.of(ENGLISH);
		}
		return Optional.empty();
	}

	public Intent read(String text) {
		Reading reading = last;
		if (reading != null && reading.text().equals(text)) {
			return reading.intent();
		}
		Intent intent = readAnew(text);
		last = new Reading(text, intent);
		return intent;
	}

	private Intent readAnew(String text) {
		String normalized = IntentText.normalize(text);
		CueStarts.Starts t = starts.scan(normalized);
		if (affirmed(normalized, t, cues.churn())) {
			return new Intent(IntentKind.CHURN, null);
		}
		Obstacle alone = obstacle(t, cues.obstacleAlone());
		if (alone != null) {
			// The fuller list names the obstacle better: "frais de livraison" is delivery, not price.
			Obstacle named = obstacle(t, cues.obstacleWithWish());
			return new Intent(IntentKind.BUY_BLOCKED, named != null ? named : alone);
		}
		boolean buys = affirmed(normalized, t, cues.buy());
		if (buys || any(t, cues.wish())) {
			Obstacle blocking = obstacle(t, cues.obstacleWithWish());
			if (blocking != null) {
				return new Intent(IntentKind.BUY_BLOCKED, blocking);
			}
		}
		return buys ? new Intent(IntentKind.BUY, null) : Intent.NONE;
	}

	/** The first obstacle, in the cues' order, that one of its patterns finds; null when none does. */
	private Obstacle obstacle(CueStarts.Starts text, Map<Obstacle, List<Pattern>> obstacles) {
		for (Map.Entry<Obstacle, List<Pattern>> entry : obstacles.entrySet()) {
			if (any(text, entry.getValue())) {
				return entry.getKey();
			}
		}
		return null;
	}

	private boolean any(CueStarts.Starts text, List<Pattern> patterns) {
		for (Pattern p : patterns) {
			if (text.next(sections.get(p), 0) >= 0) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether a pattern matches somewhere no negator stands among the three words before it. After a negated match
	 * the search goes on from the next character, not the match's end, so that a cue starting inside it is still seen.
	 */
	private boolean affirmed(String normalized, CueStarts.Starts text, List<Pattern> patterns) {
		for (Pattern p : patterns) {
			int section = sections.get(p);
			for (int at = text.next(section, 0); at >= 0; at = text.next(section, at + 1)) {
				if (!negated(normalized, at, cues.negators())) {
					return true;
				}
			}
		}
		return false;
	}

	/** Whether one of {@code negators} stands among the three words before {@code at}, in the same clause. */
	static boolean negated(String text, int at, Set<String> negators) {
		String clause = text.substring(0, at).replaceAll("^.*[,.;:!?]", "");
		String[] before = clause.strip().split("[^\\p{L}']+");
		for (int i = Math.max(0, before.length - 3); i < before.length; i++) {
			if (negators.contains(before[i])) {
				return true;
			}
		}
		return false;
	}
}
