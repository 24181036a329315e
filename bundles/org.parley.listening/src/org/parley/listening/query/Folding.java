package org.parley.listening.query;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Folds a word to the form queries and texts are compared in: lower case, without accents, ligatures spelt out. */
final class Folding {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private Folding() {
	}

	static String fold(String word) {
		boolean plain = true;
		for (int i = 0; i < word.length() && plain; i++) {
			char c = word.charAt(i);
			plain = c < 128 && c != '_';
		}
		if (plain) {
			// Most words are ASCII: skip the normalizer, which is the costly part.
			return word.toLowerCase(Locale.ROOT);
		}
		String lower = word.toLowerCase(Locale.ROOT).replace("_", "").replace("œ", "oe").replace("æ", "ae")
				.replace("ß", "ss");
		return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
	}
}
