package org.parley.listening.lang;

import java.io.Reader;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** How often each character n-gram occurs in one language's text, with the total count per n-gram length. */
final class NgramProfile {

	private final Map<String, Double> counts;
	private final double[] totals;

	private NgramProfile(Map<String, Double> counts, double[] totals) {
		this.counts = counts;
		this.totals = totals;
	}

	/**
	 * Reads a profile in the JSON form of {@code langdetect}: {@code {"freq":{"gram":count,…},"n_words":[…]}}.
	 * Grams are folded to lower case, as {@link LetterWords} folds the texts.
	 */
	static NgramProfile readJson(Reader json) {
		JsonObject root = JsonParser.parseReader(json).getAsJsonObject();
		Map<String, Double> counts = new HashMap<>();
		root.getAsJsonObject("freq").entrySet()
				.forEach(entry -> counts.merge(entry.getKey().toLowerCase(Locale.ROOT), entry.getValue().getAsDouble(),
						Double::sum));
		JsonArray words = root.getAsJsonArray("n_words");
		double[] totals = new double[words.size()];
		for (int i = 0; i < totals.length; i++) {
			totals[i] = words.get(i).getAsDouble();
		}
		return new NgramProfile(counts, totals);
	}

	/** Counts the n-grams of 1 to {@code maxLength} characters in {@code texts}. */
	static NgramProfile count(List<String> texts, int maxLength) {
		Map<String, Double> counts = new HashMap<>();
		double[] totals = new double[maxLength];
		for (String text : texts) {
			for (String gram : CharNgrams.of(LetterWords.of(text), maxLength)) {
				counts.merge(gram, 1.0, Double::sum);
				totals[gram.length() - 1]++;
			}
		}
		return new NgramProfile(counts, totals);
	}

	double count(String gram) {
		return counts.getOrDefault(gram, 0.0);
	}

	/** The number of n-grams of {@code length} characters counted, or 0 past the longest. */
	double total(int length) {
		return length <= totals.length ? totals[length - 1] : 0;
	}

	Set<String> grams() {
		return counts.keySet();
	}
}
