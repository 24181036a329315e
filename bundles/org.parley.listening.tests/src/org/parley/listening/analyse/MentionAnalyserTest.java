package org.parley.listening.analyse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.parley.listening.store.Mention;

class MentionAnalyserTest {

	private final MentionAnalyser analyser = KeywordAnalysers.analyser("test-1");

	@Test
	void givesLanguageTagsOpinionAndOnePerBrandOpinion() {
		Mention mention = TweetCorpus.mention("1", "X", "a1", Instant.parse("2027-02-01T09:00:00Z"),
				"Encore une panne chez giffgaff, je vais résilier et passer chez Sky. Giffgaff c'est nul");

		MentionAnalysis analysis = analyser.analyse(mention);

		assertThat(analysis.mentionId()).isEqualTo(mention.id());
		assertThat(analysis.lang()).isEqualTo("fr");
		assertThat(analysis.analyserVersion()).isEqualTo("test-1");
		assertThat(analysis.sentiment().polarity()).isEqualTo(Polarity.NEGATIVE);
		assertThat(analysis.intent().kind()).isEqualTo(IntentKind.CHURN);
		assertThat(analysis.tags()).contains(new Tag("brand", "giffgaff"), new Tag("topic", "Network (réseau)"));
		assertThat(analysis.brands()).extracting(BrandOpinion::brand).containsExactly("giffgaff", "Sky");
		assertThat(analysis.corrected()).isFalse();
	}

	@Test
	void keepsTheExtractorsLanguageWhenTheTextIsTooShortToTell() {
		Mention mention = new Mention("id-1", "forum", "https://f.example/t/1", null, "Merci", "a", null, "fr", "Merci !",
				"2027-02-01T09:00:00Z", 200, null, "test");

		assertThat(analyser.analyse(mention).lang()).isEqualTo("fr");
	}

	@Test
	void readsTheTitleOnlyWhenThePostHasNoText() {
		Mention mention = new Mention("id-2", "forum", "https://f.example/t/2", null, "Outage at Sky again", "a", null,
				null, "", "2027-02-01T09:00:00Z", 200, null, "test");

		assertThat(analyser.analyse(mention).brands()).extracting(BrandOpinion::brand).containsExactly("Sky");
	}
}
