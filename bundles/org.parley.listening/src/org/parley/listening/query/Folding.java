package org.parley.listening.query;

import java.text.Normalizer;
import java.util.Locale;

/** Folds a word to the form queries and texts are compared in: lower case, without accents, ligatures spelt out. */
final class Folding {

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
		String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
		StringBuilder folded = new StringBuilder(decomposed.length());
		for (int i = 0; i < decomposed.length(); i++) {
			char c = decomposed.charAt(i);
			int type = Character.getType(c);
			if (type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK
					&& type != Character.ENCLOSING_MARK) {
				folded.append(c);
			}
		}
		return folded.toString();
	}
}
