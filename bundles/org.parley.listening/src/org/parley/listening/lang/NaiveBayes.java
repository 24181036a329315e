package org.parley.listening.lang;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Picks the language whose n-gram profile makes a text's n-grams most likely, with additive smoothing and a prior
 * per language. N-grams that no profile knows are left out: they say nothing about which language it is.
 */
final class NaiveBayes {

	private final String[] languages;
	private final double[] logPriors;
	// One lookup per n-gram gives its log-probability in every language, which is what makes short posts cheap.
	private final Map<String, float[]> logProbabilities = new HashMap<>();

	/**
	 * @param logPriors natural-log bonus per language; languages not named get 0
	 * @param alpha the count added to every n-gram, so an n-gram unseen in one language does not rule it out
	 */
	NaiveBayes(Map<String, NgramProfile> profiles, Map<String, Double> logPriors, double alpha) {
		this.languages = profiles.keySet().toArray(String[]::new);
		this.logPriors = new double[languages.length];
		Set<String> vocabulary = new HashSet<>();
		for (int l = 0; l < languages.length; l++) {
			this.logPriors[l] = logPriors.getOrDefault(languages[l], 0.0);
			vocabulary.addAll(profiles.get(languages[l]).grams());
		}
		double smoothing = alpha * vocabulary.size();
		for (String gram : vocabulary) {
			float[] logs = new float[languages.length];
			for (int l = 0; l < languages.length; l++) {
				NgramProfile profile = profiles.get(languages[l]);
				logs[l] = (float) Math.log((profile.count(gram) + alpha) / (profile.total(gram.length()) + smoothing));
			}
			logProbabilities.put(gram, logs);
		}
	}

	/** The most likely language, or null when no n-gram is known to any profile. */
	String best(List<String> grams) {
		double[] scores = logPriors.clone();
		boolean known = false;
		for (String gram : grams) {
			float[] logs = logProbabilities.get(gram);
			if (logs != null) {
				known = true;
				for (int l = 0; l < logs.length; l++) {
					scores[l] += logs[l];
				}
			}
		}
		if (!known) {
			return null;
		}
		int best = 0;
		for (int l = 1; l < scores.length; l++) {
			if (scores[l] > scores[best]) {
				best = l;
			}
		}
		return languages[best];
	}
}
