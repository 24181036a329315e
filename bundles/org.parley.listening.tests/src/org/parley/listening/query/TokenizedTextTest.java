package org.parley.listening.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.parley.listening.extract.Corpora;
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
	void indexesEveryOccurrenceOfEveryWordOfALongArticle() throws IOException {
		Path page = Corpora.root().resolve("readability").resolve("lemonde-1").resolve("expected.html");
		TokenizedText text = TokenizedText.of(Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8)).text());
		assertThat(text.size()).isGreaterThan(1000);
		for (int i = 0; i < text.size(); i++) {
			List<Integer> expected = new ArrayList<>();
			for (int j = 0; j < text.size(); j++) {
				if (text.form(j).equals(text.form(i))) {
					expected.add(j);
				}
			}
			List<Integer> indexed = new ArrayList<>();
			for (int j = text.firstIndexOf(text.form(i)); j >= 0; j = text.nextIndexOf(j)) {
				indexed.add(j);
			}
			assertThat(indexed).as(text.form(i)).isEqualTo(expected);
		}
		assertThat(text.firstIndexOf("zzzzqqq")).isEqualTo(-1);
	}

	@Test
	void emojiAndPunctuationMakeNoWords() {
		assertThat(TokenizedText.of("😡😡 !!! ...").size()).isZero();
		assertThat(TokenizedText.of(null).size()).isZero();
	}
}
