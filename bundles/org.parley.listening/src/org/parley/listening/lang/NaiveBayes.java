package org.parley.listening.lang;

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
	private final int maxLength;
	// One lookup per n-gram gives its row of log-probabilities, one per language, in a flat array: no boxing, no
	// string per n-gram, which is what makes short posts cheap.
	private final GramTable grams;
	private final float[] logProbabilities;

	/**
	 * @param logPriors natural-log bonus per language; languages not named get 0
	 * @param alpha the count added to every n-gram, so an n-gram unseen in one language does not rule it out
	 * @param maxLength the longest n-grams {@link #best} reads (at most {@value CharNgrams#MAX_KEY_LENGTH})
	 */
	NaiveBayes(Map<String, NgramProfile> profiles, Map<String, Double> logPriors, double alpha, int maxLength) {
		this.languages = profiles.keySet().toArray(String[]::new);
		this.logPriors = new double[languages.length];
		this.maxLength = maxLength;
		Set<String> vocabulary = new HashSet<>();
		for (int l = 0; l < languages.length; l++) {
			this.logPriors[l] = logPriors.getOrDefault(languages[l], 0.0);
			vocabulary.addAll(profiles.get(languages[l]).grams());
		}
		double smoothing = alpha * vocabulary.size();
		List<String> readable = vocabulary.stream().filter(gram -> CharNgrams.keyable(gram, maxLength)).toList();
		this.grams = new GramTable(readable.size());
		this.logProbabilities = new float[readable.size() * languages.length];
		for (String gram : readable) {
			int row = grams.add(CharNgrams.key(gram));
			for (int l = 0; l < languages.length; l++) {
				NgramProfile profile = profiles.get(languages[l]);
				logProbabilities[row * languages.length + l] = (float) Math
						.log((profile.count(gram) + alpha) / (profile.total(gram.length()) + smoothing));
			}
		}
	}

	/**
	 * The most likely language of the words' n-grams ({@link CharNgrams#of} up to the model's length, in that
	 * order), or null when no n-gram is known to any profile.
	 */
	String best(List<String> words) {
		int count = languages.length;
		double[] scores = logPriors.clone();
		boolean known = false;
		for (String word : words) {
			int padded = word.length() + 2;
			for (int n = 1; n <= maxLength; n++) {
				for (int i = 0; i + n <= padded; i++) {
					// A lone padding space is the only blank n-gram: words are letters.
					if (n == 1 && (i == 0 || i == padded - 1)) {
						continue;
					}
					int row = grams.row(CharNgrams.key(word, i, n));
					if (row >= 0) {
						known = true;
						int base = row * count;
						for (int l = 0; l < count; l++) {
							scores[l] += logProbabilities[base + l];
						}
					}
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
