package org.parley.listening.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LexiconScorerTest {

	private final LexiconScorer french = new LexiconScorer(SentimentLexicon.of("fr").orElseThrow());
	private final LexiconScorer english = new LexiconScorer(SentimentLexicon.of("en").orElseThrow());

	@Test
	void readsFrenchIdiomsWithNegationTheWayTheyAreMeant() {
		assertThat(fr("pas terrible le nouveau forfait")).isNegative();
		assertThat(fr("pas mal le nouveau forfait")).isPositive();
		assertThat(fr("je suis content")).isPositive();
		assertThat(fr("je ne suis pas content")).isNegative();
	}

	@Test
	void negationFlipsEnglishWords() {
		assertThat(en("not bad at all")).isPositive();
		assertThat(en("the support is good")).isPositive();
		assertThat(en("the support isn't good")).isNegative();
	}

	@Test
	void intensifiersStrengthenAndDampenersWeaken() {
		assertThat(fr("très content")).isGreaterThan(fr("content"));
		assertThat(fr("vraiment nul")).isLessThan(fr("nul"));
		assertThat(en("so good")).isGreaterThan(en("good"));
		assertThat(en("slightly disappointed")).isGreaterThan(en("disappointed"));
	}

	@Test
	void capitalsExclamationsAndLengthenedWordsAddEmphasis() {
		assertThat(fr("le débit est NUL")).isLessThan(fr("le débit est nul"));
		assertThat(fr("le débit est nuuuul")).isLessThan(fr("le débit est nul"));
		assertThat(en("great service!!!")).isGreaterThan(en("great service"));
	}

	@Test
	void emojiAndEmoticonsCarrySentiment() {
		assertThat(fr("encore coupé ce soir 😡")).isLessThan(fr("encore coupé ce soir"));
		assertThat(en("new phone :)")).isPositive();
		assertThat(en("5G on the tube 😍")).isPositive();
	}

	@Test
	void theClauseAfterButCountsMore() {
		assertThat(fr("l'appli est jolie mais elle plante tout le temps")).isNegative();
		assertThat(en("rough start but the support was brilliant")).isPositive();
	}

	@Test
	void knowsCustomerServiceVocabulary() {
		assertThat(fr("encore une panne")).isNegative();
		assertThat(fr("service client injoignable")).isNegative();
		assertThat(fr("produit en rupture")).isNegative();
		assertThat(fr("c'est une arnaque")).isNegative();
		assertThat(en("no signal at home")).isNegative();
		assertThat(en("another outage")).isNegative();
		assertThat(en("still waiting for my refund")).isNegative();
	}

	@Test
	void findsWordsTypedWithoutAccents() {
		assertThat(fr("tres decu")).isNegative();
	}

	@Test
	void hasNoLexiconForOtherLanguages() {
		assertThat(SentimentLexicon.of("de")).isEmpty();
		assertThat(SentimentLexicon.of(null)).isEmpty();
	}

	private double fr(String text) {
		return french.score(text).compound();
	}

	private double en(String text) {
		return english.score(text).compound();
	}
}
