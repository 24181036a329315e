package org.parley.listening.lang;

import java.util.ArrayList;
import java.util.List;

/**
 * The character n-grams of words, each word padded with a space on both sides so that n-grams also say how
 * words begin and end ({@code " th"}, {@code "es "}).
 */
final class CharNgrams {

	private CharNgrams() {
	}

	static List<String> of(List<String> words, int maxLength) {
		List<String> grams = new ArrayList<>();
		for (String word : words) {
			String padded = " " + word + " ";
			for (int n = 1; n <= maxLength; n++) {
				for (int i = 0; i + n <= padded.length(); i++) {
					String gram = padded.substring(i, i + n);
					if (!gram.isBlank()) {
						grams.add(gram);
					}
				}
			}
		}
		return grams;
	}
}
