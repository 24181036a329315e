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
		String plain = Normalizer.normalize(opened, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
		return plain.replaceAll("\\s+", " ").strip();
	}
}
