package org.parley.listening.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PolarityListTest {

	@Test
	void aNegatorAmongTheThreeWordsBeforeAnAdjectiveFlipsIt() {
		PolarityList pattern = PolarityList.of("fr").get(0);
		var negators = LanguageCues.FRENCH.negators();

		PolarityList.Sums plain = pattern.sums(TextTokens.of("Un service rapide et efficace"), negators);
		PolarityList.Sums negated = pattern.sums(TextTokens.of("Un service ni rapide ni efficace"), negators);

		assertThat(plain.positive()).isGreaterThan(0);
		assertThat(plain.negative()).isZero();
		assertThat(negated.negative()).isGreaterThan(0);
		assertThat(negated.positive()).isZero();
	}

	@Test
	void wordsAreFoundWithoutTheirAccents() {
		PolarityList pattern = PolarityList.of("fr").get(0);
		PolarityList.Sums accented = pattern.sums(TextTokens.of("très déçu"), LanguageCues.FRENCH.negators());

		assertThat(accented.negative()).isGreaterThan(0);
		assertThat(pattern.sums(TextTokens.of("tres decu"), LanguageCues.FRENCH.negators())).isEqualTo(accented);
		assertThat(PolarityList.of("en").get(0).sums(TextTokens.of("a terrible network"), LanguageCues.ENGLISH.negators())
				.negative()).isGreaterThan(0);
	}
}
