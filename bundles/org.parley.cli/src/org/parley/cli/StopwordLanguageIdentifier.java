package org.parley.cli;

import org.parley.listening.analyse.LanguageIdentifier;
import org.parley.listening.extract.LanguageGuesser;

/**
 * The extraction stage's French/English stopword count behind the {@link LanguageIdentifier} contract, until the
 * analyse stage's own identifier replaces it: {@code fr}, {@code en} or {@link #UNDETERMINED}.
 */
final class StopwordLanguageIdentifier implements LanguageIdentifier {

	private final LanguageGuesser guesser = new LanguageGuesser();

	@Override
	public String identify(String text) {
		String lang = guesser.guess(text);
		return LanguageGuesser.OTHER.equals(lang) ? UNDETERMINED : lang;
	}
}
