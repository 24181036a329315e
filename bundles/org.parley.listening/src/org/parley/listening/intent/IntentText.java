package org.parley.listening.intent;

import java.text.Normalizer;
import java.util.Locale;

import org.parley.listening.sentiment.TextTokens;

/** A text as the intent patterns read it: lower case, without accents, "n't" and French elisions opened. */
final class IntentText {

	private IntentText() {
	}

	static String normalize(String text) {
		String opened = TextTokens.open(text.replace('’', '\'')).toLowerCase(Locale.ROOT);
		String decomposed = Normalizer.normalize(opened, Normalizer.Form.NFD);
		// One pass instead of two regex replacements: marks (\p{M}) dropped, runs of \s made one space.
		StringBuilder plain = new StringBuilder(decomposed.length());
		boolean space = false;
		for (int i = 0; i < decomposed.length();) {
			int c = decomposed.codePointAt(i);
			i += Character.charCount(c);
			int type = Character.getType(c);
			if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
					|| type == Character.COMBINING_SPACING_MARK) {
				continue;
			}
			if (c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r') {
				if (!space) {
					plain.append(' ');
				}
				space = true;
			} else {
				plain.appendCodePoint(c);
				space = false;
			}
		}
		return plain.toString().strip();
	}
}
