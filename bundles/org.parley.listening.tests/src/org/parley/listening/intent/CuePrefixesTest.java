package org.parley.listening.intent;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CuePrefixesTest {

	@Test
	void aCueStartsWithItsLiteralWords() {
		assertThat(CuePrefixes.of("cancellation")).containsExactly("cancellation");
		assertThat(CuePrefixes.of("pre\\-order")).containsExactly("pre-order");
		assertThat(CuePrefixes.of("leaving\\b(?! a review)")).containsExactly("leaving");
	}

	@Test
	void anOptionalPartGivesPrefixesWithAndWithoutIt() {
		assertThat(CuePrefixes.of("cancel(?:l?ing|l?ed)?\\b")).containsExactlyInAnyOrder("cancel", "canceling",
				"cancelling", "canceled", "cancelled");
		assertThat(CuePrefixes.of("i'?m out")).containsExactlyInAnyOrder("im out", "i'm out");
		assertThat(CuePrefixes.of("(?:me )?desabonne\\w*")).containsExactlyInAnyOrder("desabonne", "me desabonne");
		assertThat(CuePrefixes.of("quit(?:ting)? (?!smoking)")).containsExactlyInAnyOrder("quit ", "quitting ");
	}

	@Test
	void aGroupOrAClassOfLettersGivesOnePrefixPerChoice() {
		assertThat(CuePrefixes.of("(?:get|getting) out of")).containsExactlyInAnyOrder("get out of", "getting out of");
		assertThat(CuePrefixes.of("unauthori[sz]ed")).containsExactlyInAnyOrder("unauthorised", "unauthorized");
		assertThat(CuePrefixes.of("\\b(?:(?:abc)|(?:de+f))")).containsExactlyInAnyOrder("abc", "de");
		assertThat(CuePrefixes.of("sold|(?:out|none) left")).containsExactlyInAnyOrder("sold", "out left", "none left");
		assertThat(CuePrefixes.of("\\d+ a month")).hasSize(10).contains("0", "9");
	}

	@Test
	void aRepeatedOrUnknownPartEndsThePrefixes() {
		assertThat(CuePrefixes.of("no+pe")).containsExactly("no");
		assertThat(CuePrefixes.of("ba{2}d")).containsExactly("ba");
		assertThat(CuePrefixes.of("ba{1}d")).containsExactly("bad");
		assertThat(CuePrefixes.of("ab*c")).containsExactlyInAnyOrder("a", "ab");
		assertThat(CuePrefixes.of("(?:will|gonna)(?: \\p{L}+){0,2} buy")).containsExactlyInAnyOrder("will", "gonna",
				"will ", "gonna ");
		assertThat(CuePrefixes.of("goodbye \\p{L}+")).containsExactly("goodbye ");
	}

	@Test
	void aCueThatCanStartWithAnythingHasNoPrefix() {
		assertThat(CuePrefixes.of("[a-z]+ly")).isNull();
		assertThat(CuePrefixes.of("\\w+ly")).isNull();
		assertThat(CuePrefixes.of(".*off")).isNull();
		assertThat(CuePrefixes.of("(?:me )?")).isNull();
		assertThat(CuePrefixes.of("off|")).isNull();
		assertThat(CuePrefixes.of("(?i)cancel")).isNull();
		assertThat(CuePrefixes.of("(a)\\1")).isNull();
		assertThat(CuePrefixes.of("€|\uD83D\uDE21")).isNull();
		assertThat(CuePrefixes.of("unbalanced)")).isNull();
	}
}
