package org.parley.listening.intent;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CuePrefixesTest {

	@Test
	void aCueStartsWithItsLiteralWordsUpToTheFirstOptionalPart() {
		assertThat(CuePrefixes.of("cancel(?:l?ing|l?ed)?\\b")).containsExactly("cancel");
		assertThat(CuePrefixes.of("i'?m (?:done|finished) with")).containsExactly("i");
		assertThat(CuePrefixes.of("cher(?:e|s|es)?\\b")).containsExactly("cher");
		assertThat(CuePrefixes.of("quit(?:ting)? (?!smoking)")).containsExactly("quit");
		assertThat(CuePrefixes.of("rip-?off")).containsExactly("rip");
		assertThat(CuePrefixes.of("pre\\-order")).containsExactly("pre-order");
	}

	@Test
	void aLeadingGroupGivesOnePrefixPerBranchAndWhatFollowsExtendsThem() {
		assertThat(CuePrefixes.of("(?:will|gonna)(?: \\p{L}+){0,2} buy")).containsExactlyInAnyOrder("will", "gonna");
		assertThat(CuePrefixes.of("(?:get|getting) out of")).containsExactlyInAnyOrder("get out of", "getting out of");
		assertThat(CuePrefixes.of("(?:a|to) (?:new|different) network")).containsExactlyInAnyOrder("a new network",
				"a different network", "to new network", "to different network");
		assertThat(CuePrefixes.of("\\b(?:(?:abc)|(?:de+f))")).containsExactlyInAnyOrder("abc", "de");
		assertThat(CuePrefixes.of("sold|(?:out|none) left")).containsExactlyInAnyOrder("sold", "out left", "none left");
	}

	@Test
	void aRepeatedAtomEndsThePrefixAfterItsFirstOccurrence() {
		assertThat(CuePrefixes.of("no+pe")).containsExactly("no");
		assertThat(CuePrefixes.of("ba{2}d")).containsExactly("ba");
		assertThat(CuePrefixes.of("ba{1}d")).containsExactly("bad");
	}

	@Test
	void aCueThatCanStartWithAnythingHasNoPrefix() {
		assertThat(CuePrefixes.of("(?:me )?desabonne\\w*")).isNull();
		assertThat(CuePrefixes.of("\\d+ (?:a|per) month")).isNull();
		assertThat(CuePrefixes.of("[a-z]+ly")).isNull();
		assertThat(CuePrefixes.of(".*off")).isNull();
		assertThat(CuePrefixes.of("off|")).isNull();
		assertThat(CuePrefixes.of("(?i)cancel")).isNull();
		assertThat(CuePrefixes.of("(a)\\1")).isNull();
		assertThat(CuePrefixes.of("€|\uD83D\uDE21")).isNull();
		assertThat(CuePrefixes.of("unbalanced)")).isNull();
	}
}
