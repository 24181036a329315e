package org.parley.listening.query;

import java.text.Normalizer;
import java.util.Locale;

/** Folds a word to the form queries and texts are compared in: lower case, without accents, ligatures spelt out. */
final class Folding {

	private Folding() {
	}

	static String fold(String word) {
		return fold(word, 0, word.length());
	}

	/** Folds {@code text.substring(start, end)}. */
	static String fold(String text, int start, int end) {
		char[] ascii = new char[end - start];
		for (int i = start; i < end; i++) {
			char c = text.charAt(i);
			if (c >= 128 || c == '_') {
				return foldUnicode(text.substring(start, end));
			}
			ascii[i - start] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
		}
		// Most words are ASCII: one copy, no normalizer, which is the costly part.
		return new String(ascii);
	}

	private static String foldUnicode(String word) {
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
