package org.parley.listening.lang;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Picks the language whose n-gram profile makes a text's n-grams most likely, with additive smoothing and a prior
 * per language. N-grams that no profile knows are left out: they say nothing about which language it is.
 */
final class NaiveBayes {

	private final Map<String, NgramProfile> profiles;
	private final Map<String, Double> logPriors;
	private final Set<String> vocabulary = new HashSet<>();
	private final double alpha;

	/**
	 * @param logPriors natural-log bonus per language; languages not named get 0
	 * @param alpha the count added to every n-gram, so an n-gram unseen in one language does not rule it out
	 */
	NaiveBayes(Map<String, NgramProfile> profiles, Map<String, Double> logPriors, double alpha) {
		this.profiles = new LinkedHashMap<>(profiles);
		this.logPriors = Map.copyOf(logPriors);
		this.alpha = alpha;
		profiles.values().forEach(profile -> vocabulary.addAll(profile.grams()));
	}

	/** The most likely language, or null when no n-gram is known to any profile. */
	String best(List<String> grams) {
		List<String> known = grams.stream().filter(vocabulary::contains).toList();
		if (known.isEmpty()) {
			return null;
		}
		String best = null;
		double bestScore = Double.NEGATIVE_INFINITY;
		double smoothing = alpha * vocabulary.size();
		for (Map.Entry<String, NgramProfile> entry : profiles.entrySet()) {
			NgramProfile profile = entry.getValue();
			double score = logPriors.getOrDefault(entry.getKey(), 0.0);
			for (String gram : known) {
				score += Math.log((profile.count(gram) + alpha) / (profile.total(gram.length()) + smoothing));
			}
			if (score > bestScore) {
				bestScore = score;
				best = entry.getKey();
			}
		}
		return best;
	}
}
