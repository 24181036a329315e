package org.parley.listening.alert;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TermExtractorTest {

	private final TermExtractor extractor = TermExtractor.shipped();

	@Test
	void foldsCaseAndAccentsAndKeepsHashtagsAsWords() {
		assertThat(TextNormaliser.words("PROBLÈME de réseau #Panne à Évry, l'œuvre"))
				.containsExactly("probleme", "de", "reseau", "panne", "evry", "oeuvre");
	}

	@Test
	void dropsLinksHandlesNumbersAndSingleLetters() {
		assertThat(TextNormaliser.words("@user a 2 heures http://t.co/x www.example.org y 4G"))
				.containsExactly("heures", "4g");
	}

	@Test
	void countsWordsAndPairsWithoutStopWords() {
		assertThat(extractor.terms("Encore une panne 4G chez moi"))
				.containsExactly("encore", "panne", "encore panne", "4g", "panne 4g");
	}

	@Test
	void keepsComplaintPhrasesWithTheirStopWords() {
		assertThat(extractor.terms("Je veux résilier mon compte, no signal since Monday"))
				.contains("resilier mon compte", "no signal", "resilier", "compte", "resilier compte")
				.doesNotContain("mon", "no", "je");
	}

	@Test
	void theLexiconCoversItsEntriesOnly() {
		ComplaintLexicon lexicon = ComplaintLexicon.shipped();

		assertThat(lexicon.covers("panne")).isTrue();
		assertThat(lexicon.covers("panne 4g")).isFalse();
		assertThat(lexicon.covers("resilier mon compte")).isTrue();
		assertThat(lexicon.covers("inacceptable")).isTrue();
		assertThat(lexicon.covers("esim activation")).isFalse();
		assertThat(lexicon.covers("signal")).isFalse();
	}
}
