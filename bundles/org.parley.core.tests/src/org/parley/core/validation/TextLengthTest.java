package org.parley.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parley.model.Network;

class TextLengthTest {

	private final TextLength x = TextLength.forNetwork(Network.XTWITTER);
	private final TextLength instagram = TextLength.forNetwork(Network.INSTAGRAM);

	@Test
	void xCountsEveryUrlAsTwentyThree() {
		String text = "Read https://www.example.com/a/very/long/path/to/the/article?utm_source=parley now";

		assertThat(x.of(text)).isEqualTo("Read ".length() + 23 + " now".length());
	}

	@Test
	void xCountsAShortUrlAsTwentyThreeToo() {
		assertThat(x.of("http://t.co")).isEqualTo(23);
		assertThat(x.of("see www.example.org")).isEqualTo(4 + 23);
	}

	@Test
	void xLeavesTheFullStopAfterAUrlToTheSentence() {
		assertThat(x.of("Go to https://example.com.")).isEqualTo("Go to ".length() + 23 + 1);
	}

	@Test
	void xCountsAnEmojiAsTwo() {
		assertThat(x.of("Hi 😀")).isEqualTo(3 + 2);
	}

	@Test
	void xCountsAnEmojiWithSkinToneOrJoinedPartsAsTwo() {
		assertThat(x.of("👍🏽")).isEqualTo(2);
		assertThat(x.of("👩‍👩‍👧‍👦")).isEqualTo(2);
		assertThat(x.of("🇫🇷")).isEqualTo(2);
		assertThat(x.of("❤️")).isEqualTo(2);
	}

	@Test
	void xCountsCjkCharactersAsTwo() {
		assertThat(x.of("日本語")).isEqualTo(6);
		assertThat(x.of("한국")).isEqualTo(4);
	}

	@Test
	void xCountsAccentedLettersAsOneWhetherComposedOrNot() {
		assertThat(x.of("café")).isEqualTo(4);
		assertThat(x.of("cafe\u0301")).isEqualTo(4);
	}

	@Test
	void xCountsLatinCyrillicDashesAndQuotesAsOne() {
		assertThat(x.of("Привет — “ok”")).isEqualTo(13);
	}

	@Test
	void xCountsAnEllipsisAsTwoSinceItIsOutsideTheRangesCountedAsOne() {
		assertThat(x.of("…")).isEqualTo(2);
	}

	@Test
	void xCountsTextStyleSymbolsAsCharacters() {
		assertThat(x.of("© 2026")).isEqualTo(6);
	}

	@Test
	void otherNetworksCountCodePointsNotUtf16Units() {
		assertThat(instagram.of("😀😀😀")).isEqualTo(3);
		assertThat(instagram.of("日本語")).isEqualTo(3);
		assertThat(instagram.of("https://example.com")).isEqualTo(19);
	}

	@Test
	void otherNetworksCountACombiningAccentAsACodePoint() {
		assertThat(instagram.of("cafe\u0301")).isEqualTo(5);
		assertThat(instagram.of("café")).isEqualTo(4);
	}

	@Test
	void nothingCountsNothing() {
		assertThat(x.of(null)).isZero();
		assertThat(instagram.of("")).isZero();
		assertThat(TextLength.forNetwork(null).of("abc")).isEqualTo(3);
	}
}
