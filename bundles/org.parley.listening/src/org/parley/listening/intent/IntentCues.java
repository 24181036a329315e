package org.parley.listening.intent;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.parley.listening.analyse.Obstacle;

/**
 * The patterns that reveal an intent in one language, written against {@link IntentText#normalize normalised} text
 * (lower case, no accents, elisions and "n't" opened).
 *
 * @param churn leaving: "résilier", "cancel my contract", "je quitte"
 * @param buy wanting to buy: "je vais prendre", "where can I buy", "thinking of switching to"
 * @param wish wanting or trying something, blocked or not: "je voulais", "I'd have", "tried to order"
 * @param obstacleWithWish what blocks a purchase, counted only next to a wish or a purchase ("livraison")
 * @param obstacleAlone what blocks a purchase on its own ("en rupture", "too expensive", "pas éligible")
 * @param negators words that, among the three before a cue, cancel it
 */
record IntentCues(List<Pattern> churn, List<Pattern> buy, List<Pattern> wish, Map<Obstacle, List<Pattern>> obstacleWithWish,
		Map<Obstacle, List<Pattern>> obstacleAlone, Set<String> negators) {

	static List<Pattern> patterns(String... regexes) {
		return java.util.Arrays.stream(regexes).map(r -> Pattern.compile("\\b(?:" + r + ")")).toList();
	}

	/** Obstacles in the order they are tried: the more specific first, "other" last. */
	static Map<Obstacle, List<Pattern>> obstacles(List<Pattern> delivery, List<Pattern> availability,
			List<Pattern> coverage, List<Pattern> compatibility, List<Pattern> support, List<Pattern> trust,
			List<Pattern> price, List<Pattern> other) {
		Map<Obstacle, List<Pattern>> map = new LinkedHashMap<>();
		map.put(Obstacle.DELIVERY, delivery);
		map.put(Obstacle.AVAILABILITY, availability);
		map.put(Obstacle.COVERAGE, coverage);
		map.put(Obstacle.COMPATIBILITY, compatibility);
		map.put(Obstacle.SUPPORT, support);
		map.put(Obstacle.TRUST, trust);
		map.put(Obstacle.PRICE, price);
		map.put(Obstacle.OTHER, other);
		return map;
	}
}
