package org.parley.listening.opinion;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.parley.listening.analyse.BrandOpinion;
import org.parley.listening.analyse.Intent;
import org.parley.listening.analyse.IntentKind;
import org.parley.listening.analyse.Polarity;
import org.parley.listening.analyse.Sentiment;
import org.parley.listening.analyse.TextSpan;
import org.parley.listening.extract.Corpora;

class TrainedOpinionClassifierTest {

	private final TrainedOpinionClassifier classifier = TrainedOpinionClassifier.shipped();

	@Test
	void readsPlainComplaintsAndPraise() {
		assertThat(classifier.sentiment("Encore une panne, le service client est injoignable !", "fr").polarity())
				.isEqualTo(Polarity.NEGATIVE);
		assertThat(classifier.sentiment("Merci au conseiller, problème réglé en deux minutes, au top", "fr").polarity())
				.isEqualTo(Polarity.POSITIVE);
		assertThat(classifier.sentiment("Another outage, no signal since this morning", "en").polarity())
				.isEqualTo(Polarity.NEGATIVE);
		assertThat(classifier.sentiment("Brilliant support, sorted in two minutes, thanks!", "en").polarity())
				.isEqualTo(Polarity.POSITIVE);
	}

	@Test
	void scoresAreBetweenMinusOneAndOneWithTheSignOfThePolarity() {
		Sentiment bad = classifier.sentiment("Service lamentable, c'est une arnaque", "fr");
		Sentiment good = classifier.sentiment("Service génial, je recommande", "fr");

		assertThat(bad.score()).isBetween(-1.0, 0.0);
		assertThat(good.score()).isBetween(0.0, 1.0);
	}

	@Test
	void leavesOtherLanguagesNeutralWithoutIntent() {
		String german = "Ich kündige meinen Vertrag, der Kundendienst ist eine Katastrophe";

		assertThat(classifier.sentiment(german, "de")).isEqualTo(Sentiment.NEUTRAL);
		assertThat(classifier.intent(german, "de")).isEqualTo(Intent.NONE);
		assertThat(classifier.perBrand(german, "und", spans(german, "Kundendienst"))).extracting(BrandOpinion::sentiment)
				.containsExactly(Sentiment.NEUTRAL);
	}

	@Test
	void leavingOneBrandForAnotherIsChurnForTheFirstAndBuyForTheSecond() {
		String text = "je quitte Sky pour giffgaff, bien mieux";

		List<BrandOpinion> opinions = classifier.perBrand(text, "fr", spans(text, "Sky", "giffgaff"));

		assertThat(opinions).extracting(BrandOpinion::brand).containsExactly("Sky", "giffgaff");
		assertThat(opinions.get(0).sentiment().polarity()).isEqualTo(Polarity.NEGATIVE);
		assertThat(opinions.get(0).intent().kind()).isEqualTo(IntentKind.CHURN);
		assertThat(opinions.get(1).sentiment().polarity()).isEqualTo(Polarity.POSITIVE);
		assertThat(opinions.get(1).intent().kind()).isEqualTo(IntentKind.BUY);
	}

	@Test
	void aBrandNamedTwiceGetsOneOpinionFromBothPassages() {
		String text = "switching from Virgin Media to Sky, Virgin's support is useless";
		List<TextSpan> brands = new ArrayList<>(spans(text, "Virgin Media", "Sky"));
		int virgin = text.indexOf("Virgin's");
		brands.add(new TextSpan("Virgin Media", virgin, virgin + "Virgin".length()));

		List<BrandOpinion> opinions = classifier.perBrand(text, "en", brands);

		assertThat(opinions).extracting(BrandOpinion::brand).containsExactly("Virgin Media", "Sky");
		assertThat(opinions.get(0).sentiment().polarity()).isEqualTo(Polarity.NEGATIVE);
		assertThat(opinions.get(0).intent().kind()).isEqualTo(IntentKind.CHURN);
		assertThat(opinions.get(1).intent().kind()).isEqualTo(IntentKind.BUY);
	}

	@Test
	void switchingToOneBrandIsLeavingTheOtherItNames() {
		String text = "Thinking of switching to giffgaff, Sky keeps putting its prices up";

		List<BrandOpinion> opinions = classifier.perBrand(text, "en", spans(text, "giffgaff", "Sky"));

		assertThat(opinions).extracting(o -> o.intent().kind()).containsExactly(IntentKind.BUY, IntentKind.CHURN);
		assertThat(opinions.get(1).sentiment().polarity()).isEqualTo(Polarity.NEGATIVE);
	}

	@Test
	void frenchFromToIsAMoveBetweenBrands() {
		String text = "Je passe de Free à Orange le mois prochain";

		List<BrandOpinion> opinions = classifier.perBrand(text, "fr", spans(text, "Free", "Orange"));

		assertThat(opinions).extracting(o -> o.intent().kind()).containsExactly(IntentKind.CHURN, IntentKind.BUY);
	}

	@Test
	void contrastingTwoBrandsGivesEachItsOwnSentiment() {
		String text = "Orange est vraiment au top, mais SFR c'est nul, panne sur panne";

		List<BrandOpinion> opinions = classifier.perBrand(text, "fr", spans(text, "Orange", "SFR"));

		assertThat(opinions).extracting(o -> o.sentiment().polarity()).containsExactly(Polarity.POSITIVE,
				Polarity.NEGATIVE);
		assertThat(opinions).extracting(o -> o.intent().kind()).containsExactly(IntentKind.NONE, IntentKind.NONE);
	}

	@Test
	void aSingleBrandGetsWhatTheWholeTextSays() {
		String text = "Je vais résilier Orange, trois pannes ce mois-ci";

		List<BrandOpinion> opinions = classifier.perBrand(text, "fr", spans(text, "Orange"));

		assertThat(opinions).containsExactly(new BrandOpinion("Orange", classifier.sentiment(text, "fr"),
				classifier.intent(text, "fr")));
	}

	@Test
	void noBrandsNoOpinions() {
		assertThat(classifier.perBrand("Encore une panne", "fr", List.of())).isEmpty();
	}

	private static List<TextSpan> spans(String text, String... names) {
		List<TextSpan> spans = new ArrayList<>();
		for (String name : names) {
			int at = text.indexOf(name);
			spans.add(new TextSpan(name, at, at + name.length()));
		}
		return spans;
	}

	@Test
	void aTextReadsTheSameWhicheverQuestionComesFirstAndWhateverCameBefore() {
		String churn = "J'en ai marre, je pars chez Free le mois prochain.";
		String praise = "Brilliant support, sorted in two minutes, thanks!";
		TrainedOpinionClassifier other = TrainedOpinionClassifier.withCorrections(java.util.Map.of(), java.util.Map.of());

		Intent intentFirst = classifier.intent(churn, "fr");
		Sentiment thenSentiment = classifier.sentiment(churn, "fr");
		Sentiment praised = classifier.sentiment(praise, "en");
		Sentiment sentimentFirst = other.sentiment(churn, "fr");

		assertThat(intentFirst.kind()).isEqualTo(IntentKind.CHURN);
		assertThat(other.intent(churn, "fr")).isEqualTo(intentFirst);
		assertThat(sentimentFirst).isEqualTo(thenSentiment);
		assertThat(praised.polarity()).isEqualTo(Polarity.POSITIVE);
		assertThat(classifier.intent(praise, "en")).isEqualTo(Intent.NONE);
		classifier.intent(churn, "fr");
		assertThat(classifier.intent(churn, "de")).as("the same text in a language without rules is read again")
				.isEqualTo(Intent.NONE);
		assertThat(classifier.sentiment(churn, "de")).isEqualTo(Sentiment.NEUTRAL);
	}

	@Test
	void findsCorrectionsByTheTextWithSpacesCollapsedExactlyAsTheRegularExpressionDid() throws IOException {
		List<String> texts = new ArrayList<>(List.of("  a  b\t\tc\n\nd ", "a b c", "a\u00A0\u00A0b \u2003 c", "\r\n x\u000B\fy \t",
				"", " ", "one", "a \u0085 b", "x\u001Cy\u001C\u001Cz"));
		Path corpus = Corpora.root().resolve("sentiment-umsab");
		for (String lang : List.of("english", "french")) {
			texts.addAll(Files.readAllLines(corpus.resolve(lang).resolve("train_text.txt")));
		}
		for (String text : texts) {
			String regex = text.strip().replaceAll("\\s+", " ");
			assertThat(TrainedOpinionClassifier.key(text)).as(text).isEqualTo(regex);
			assertThat(TrainedOpinionClassifier.key(new String(text))).as("asked again: %s", text).isEqualTo(regex);
		}
		assertThat(TrainedOpinionClassifier.key(null)).isEmpty();
	}
}
