package org.parley.listening.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class TextTokensTest {

	@Test
	void opensEnglishContractionsSoThatNegationIsAWord() {
		assertThat(norms("I don't like it, it can't work")).containsExactly("i", "do", "not", "like", "it", ",", "it",
				"can", "not", "work");
	}

	@Test
	void opensFrenchElisions() {
		assertThat(norms("Ce n'est pas l'offre qu'il m'a vendue")).containsExactly("ce", "ne", "est", "pas", "le", "offre",
				"que", "il", "me", "a", "vendue");
	}

	@Test
	void cutsLengthenedWordsAndRemembersTheEmphasis() {
		Token token = TextTokens.of("c'est nuuuul").get(2);

		assertThat(token.norm()).isEqualTo("nul");
		assertThat(token.lengthened()).isTrue();
	}

	@Test
	void marksCapitalsOnlyWhenTheRestIsNotShouted() {
		assertThat(TextTokens.of("this is AWFUL").get(2).shouted()).isTrue();
		assertThat(TextTokens.of("THIS IS AWFUL").get(2).shouted()).isFalse();
	}

	@Test
	void keepsEmojiEmoticonsAndExclamationRuns() {
		List<Token> tokens = TextTokens.of("Super :) 😡 !!!");

		assertThat(tokens).extracting(Token::kind).containsExactly(Token.Kind.WORD, Token.Kind.EMOTICON,
				Token.Kind.EMOJI, Token.Kind.EXCLAMATION);
		assertThat(tokens.get(3).raw()).isEqualTo("!!!");
	}

	@Test
	void dropsAccentsInThePlainForm() {
		assertThat(TextTokens.of("Déçu").get(0).plain()).isEqualTo("decu");
	}

	private static List<String> norms(String text) {
		return TextTokens.of(text).stream().map(Token::norm).toList();
	}
}
