package org.parley.listening.lang;

import java.util.ArrayList;
import java.util.List;

/**
 * The character n-grams of words, each word padded with a space on both sides so that n-grams also say how
 * words begin and end ({@code " th"}, {@code "es "}).
 */
final class CharNgrams {

	/** The longest n-gram {@link #key} packs. */
	static final int MAX_KEY_LENGTH = 4;

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

	/** Whether {@code gram} can be packed into a {@link #key} and is no longer than {@code maxLength}. */
	static boolean keyable(String gram, int maxLength) {
		return !gram.isEmpty() && gram.length() <= Math.min(maxLength, MAX_KEY_LENGTH) && gram.indexOf('\0') < 0;
	}

	/**
	 * An n-gram of up to four characters as one long, sixteen bits a character: no character is 0 (words are
	 * letters, padding is a space), so n-grams of different lengths never share a key, and no key is 0.
	 */
	static long key(String gram) {
		long key = 0;
		for (int i = 0; i < gram.length(); i++) {
			key = key << 16 | gram.charAt(i);
		}
		return key;
	}

	/** The key of the n-gram of {@code length} characters at {@code start} in {@code " " + word + " "}. */
	static long key(String word, int start, int length) {
		long key = 0;
		int last = word.length() + 1;
		for (int i = start; i < start + length; i++) {
			char c = i == 0 || i == last ? ' ' : word.charAt(i - 1);
			key = key << 16 | c;
		}
		return key;
	}
}
