package org.parley.listening.intent;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
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

	private IntentRules(IntentCues cues) {
		this.cues = cues;
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
		String t = IntentText.normalize(text);
		if (affirmed(t, cues.churn())) {
			return new Intent(IntentKind.CHURN, null);
		}
		Obstacle alone = obstacle(t, cues.obstacleAlone());
		if (alone != null) {
			// The fuller list names the obstacle better: "frais de livraison" is delivery, not price.
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

	/** The first obstacle, in the cues' order, that one of its patterns finds; null when none does. */
	private static Obstacle obstacle(String text, Map<Obstacle, List<Pattern>> obstacles) {
		for (Map.Entry<Obstacle, List<Pattern>> entry : obstacles.entrySet()) {
			if (any(text, entry.getValue())) {
				return entry.getKey();
			}
		}
		return null;
	}

	private static boolean any(String text, List<Pattern> patterns) {
		for (Pattern p : patterns) {
			if (p.matcher(text).find()) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether a pattern matches somewhere no negator stands among the three words before it. After a negated match
	 * the search goes on from the next character, not the match's end, so that a cue starting inside it is still seen.
	 */
	private boolean affirmed(String text, List<Pattern> patterns) {
		for (Pattern p : patterns) {
			Matcher m = p.matcher(text);
			int from = 0;
			while (from <= text.length() && m.find(from)) {
				if (!negated(text, m.start())) {
					return true;
				}
				from = m.start() + 1;
			}
		}
		return false;
	}

	private boolean negated(String text, int at) {
		String clause = text.substring(0, at).replaceAll("^.*[,.;:!?]", "");
		String[] before = clause.strip().split("[^\\p{L}']+");
		for (int i = Math.max(0, before.length - 3); i < before.length; i++) {
			if (cues.negators().contains(before[i])) {
				return true;
			}
		}
		return false;
	}
}
