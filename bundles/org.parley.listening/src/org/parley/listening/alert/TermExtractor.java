package org.parley.listening.alert;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The terms a post counts once for: its words and adjacent word pairs once stop words are gone ("panne 4g",
 * "resilier compte"), and the complaint phrases it holds with their stop words ("resilier mon compte").
 */
public final class TermExtractor {

	private final StopWords stopWords;
	private final ComplaintLexicon lexicon;

	public TermExtractor(StopWords stopWords, ComplaintLexicon lexicon) {
		this.stopWords = stopWords;
		this.lexicon = lexicon;
	}

	/** With the shipped French and English stop words and complaint lexicon. */
	public static TermExtractor shipped() {
		return new TermExtractor(StopWords.frenchAndEnglish(), ComplaintLexicon.shipped());
	}

	public ComplaintLexicon lexicon() {
		return lexicon;
	}

	public Set<String> terms(String text) {
		List<String> words = TextNormaliser.words(text);
		Set<String> terms = new LinkedHashSet<>();
		String previous = null;
		for (String word : words) {
			if (stopWords.contains(word)) {
				continue;
			}
			terms.add(word);
			if (previous != null && !previous.equals(word)) {
				terms.add(previous + " " + word);
			}
			previous = word;
		}
		terms.addAll(lexicon.phrasesIn(words));
		return terms;
	}
}
