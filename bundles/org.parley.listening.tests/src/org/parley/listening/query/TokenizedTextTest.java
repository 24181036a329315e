package org.parley.listening.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.parley.listening.query.TokenizedText.Kind;

class TokenizedTextTest {

	private static List<String> forms(TokenizedText text) {
		List<String> forms = new ArrayList<>();
		for (int i = 0; i < text.size(); i++) {
			forms.add(text.form(i));
		}
		return forms;
	}

	@Test
	void foldsCaseAndAccentsAndCutsAtPunctuation() {
		assertThat(forms(TokenizedText.of("Résilier l'abonnement ? NON !"))).containsExactly("resilier", "l", "abonnement",
				"non");
	}

	@Test
	void keepsHashtagsAndHandlesWholeWithTheirKindAndOffsets() {
		TokenizedText text = TokenizedText.of("Merci @Virgin_Media #fail");
		assertThat(forms(text)).containsExactly("merci", "virginmedia", "fail");
		assertThat(text.kind(1)).isEqualTo(Kind.HANDLE);
		assertThat(text.kind(2)).isEqualTo(Kind.HASHTAG);
		assertThat(text.text().substring(text.start(1), text.end(1))).isEqualTo("@Virgin_Media");
	}

	@Test
	void anAtSignInsideAWordIsNoHandle() {
		TokenizedText text = TokenizedText.of("me@giffgaff.com");
		assertThat(forms(text)).containsExactly("me", "giffgaff", "com");
		assertThat(text.kind(1)).isEqualTo(Kind.WORD);
	}

	@Test
	void combiningAccentsStayInTheirWord() {
		assertThat(forms(TokenizedText.of("re\u0301silie\u0301 de\u0301finitivement"))).containsExactly("resilie",
				"definitivement");
	}

	@Test
	void emojiAndPunctuationMakeNoWords() {
		assertThat(TokenizedText.of("😡😡 !!! ...").size()).isZero();
		assertThat(TokenizedText.of(null).size()).isZero();
	}
}
