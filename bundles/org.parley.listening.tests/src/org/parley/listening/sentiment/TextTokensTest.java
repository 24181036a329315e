package org.parley.listening.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.parley.listening.extract.Corpora;

/** The hand-written tokeniser cuts every real post, and the tricky cases, exactly as the regular expressions did. */
class TextTokensTest {

	@Test
	void cutsEveryPostOfTheCorporaExactlyAsTheRegularExpressionsDid() throws IOException {
		List<String> texts = new ArrayList<>();
		for (String lang : List.of("english", "french")) {
			for (String part : List.of("train_text.txt", "val_text.txt")) {
				texts.addAll(Files.readAllLines(Corpora.root().resolve("sentiment-umsab").resolve(lang).resolve(part), StandardCharsets.UTF_8));
			}
		}
		assertThat(texts).hasSizeGreaterThanOrEqualTo(4322);
		int tokens = 0;
		for (String text : texts) {
			List<Token> expected = RegexTextTokens.of(text);
			assertThat(TextTokens.open(text)).as(text).isEqualTo(RegexTextTokens.open(text));
			assertThat(TextTokens.of(text)).as(text).isEqualTo(expected);
			tokens += expected.size();
		}
		assertThat(tokens).isGreaterThan(50_000);
	}

	@Test
	void cutsEmoticonsEmojiRepeatsAndContractionsExactlyAsTheRegularExpressionsDid() {
		List<String> tricky = List.of(":-) :) :DD :Dx :-Dx 8) 8o 8oo :o) ;-P =] :-/ :\\ :| :* :3 :'( :'(a :'x",
				"(: (-: ]= [;x ):a <3 <333 <33a <3x ^^ ^^a ^_^ ^_^b ^-^ 8-) 8-)9 :)9 :)é", "nooooo soooo goood!!! ??? !?!?",
				"WOW THIS IS GREAT", "this is SO good", "I", "A b", "don't can't won't ain't shan't n'est j'adore qu'il "
						+ "jusqu'à l’amour c\\u2019est a\\u002cb &amp; l'", "👍🏽 ❤️ ⭐ ☀ 🀀 🫿 ✌️x", "x_y-z 3d d3 café naïve e\u0301t\u0301",
				"𝒜𝒜𝒜b 𝒜bc 𐐀𐐀𐐀 ab\uD800cd \uDC00x", "« Bon » … [ok] \"quote\" (a) ;; ::", "", "İİİ ǅǅǅ ßßß 123 4:5",
				"I DON’T KNOW, isN'T it, AREn't we, n't, n’t, can'tx, l'n't, Nt N't",
				"o:) ::) :::D :-- :-o :-oO :^) :'-) [-: )^= (o;");
		for (String text : tricky) {
			assertThat(TextTokens.open(text)).as(text).isEqualTo(RegexTextTokens.open(text));
			assertThat(TextTokens.of(text)).as(text).isEqualTo(RegexTextTokens.of(text));
		}
		assertThat(TextTokens.of(":Dx :D")).extracting(Token::raw).containsExactly(":", "Dx", ":D");
	}
}
