package org.parley.listening.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.listening.analyse.LanguageIdentifier;
import org.parley.listening.extract.Corpora;

class NgramLanguageIdentifierTest {

	private final NgramLanguageIdentifier identifier = NgramLanguageIdentifier.shipped();
	private final LanguageAccuracy accuracy = new LanguageAccuracy(identifier);

	@Test
	void recognisesAlmostEveryHeldOutFrenchAndEnglishTweet() throws IOException {
		LanguageAccuracy.Score french = accuracy.score("fr", 0);
		LanguageAccuracy.Score english = accuracy.score("en", 0);
		System.out.println(french);
		System.out.println(english);
		assertThat(french.total()).isEqualTo(324);
		assertThat(french.accuracy()).isGreaterThanOrEqualTo(0.985);
		assertThat(english.accuracy()).isGreaterThanOrEqualTo(0.985);
	}

	@Test
	void tellsFrenchFromEnglishInTheFirstFiveWordsOfATweet() throws IOException {
		LanguageAccuracy.Score french = accuracy.score("fr", 5);
		LanguageAccuracy.Score english = accuracy.score("en", 5);
		System.out.println(french);
		System.out.println(english);
		assertThat(french.accuracy()).isGreaterThanOrEqualTo(0.94);
		assertThat(english.accuracy()).isGreaterThanOrEqualTo(0.95);
		assertThat(french.frenchEnglishConfusion() + english.frenchEnglishConfusion()).isLessThanOrEqualTo(0.03);
	}

	@Test
	void tellsFrenchFromEnglishInTheFirstThreeWordsOfATweet() throws IOException {
		LanguageAccuracy.Score french = accuracy.score("fr", 3);
		LanguageAccuracy.Score english = accuracy.score("en", 3);
		System.out.println(french);
		System.out.println(english);
		assertThat(french.accuracy()).isGreaterThanOrEqualTo(0.86);
		assertThat(english.accuracy()).isGreaterThanOrEqualTo(0.91);
		assertThat(french.frenchEnglishConfusion() + english.frenchEnglishConfusion()).isLessThanOrEqualTo(0.06);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"de | Ich habe seit gestern kein Netz, das ist doch unmöglich",
			"de | Warum ist das Internet schon wieder so langsam?",
			"es | No tengo señal desde ayer, es increíble",
			"es | ¿Alguien sabe por qué no funciona la aplicación?",
			"it | Non ho campo da ieri, è inaccettabile",
			"it | Qualcuno sa perché l'app non funziona più?",
			"pt | Estou sem sinal desde ontem, é inaceitável",
			"pt | Alguém sabe porque é que a aplicação não funciona?",
			"nl | Ik heb sinds gisteren geen bereik, dit is belachelijk",
			"nl | Weet iemand waarom de app niet meer werkt?",
			"de | Schon wieder kein Netz",
			"es | Otra vez sin señal",
			"it | Ancora senza segnale",
			"pt | Outra vez sem rede",
			"nl | Alweer geen bereik" })
	void namesOtherLanguagesAsThemselvesNotFrenchOrEnglish(String language, String text) {
		assertThat(identifier.identify(text)).isEqualTo(language);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "lemonde-1 | fr", "bbc-1 | en", "heise | de", "la-nacion | es",
			"aktualne | cs" })
	void namesTheLanguageOfWholeArticles(String page, String language) throws IOException {
		Path file = Corpora.root().resolve("readability").resolve(page).resolve("expected.html");
		String text = Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8)).text();
		assertThat(text.length()).isGreaterThan(1000);
		assertThat(identifier.identify(text)).isEqualTo(language);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"fr | ça marche pas",
			"fr | Toujours pas de réseau chez @giffgaff 😡",
			"fr | je vais résilier mon abonnement",
			"en | Sky down again",
			"en | no signal since this morning #giffgaff http://t.co/x",
			"en | why is my bill so high this month" })
	void recognisesOneLiners(String language, String text) {
		assertThat(identifier.identify(text)).isEqualTo(language);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "ok", "😡😡😡 !!!", "@giffgaff http://t.co/abc 123", "' '" })
	void callsUndeterminedWhatHasTooFewLetters(String text) {
		assertThat(identifier.identify(text)).isEqualTo(LanguageIdentifier.UNDETERMINED);
	}

	@Test
	void callsUndeterminedAnEmptyOrMissingText() {
		assertThat(identifier.identify("")).isEqualTo(LanguageIdentifier.UNDETERMINED);
		assertThat(identifier.identify(null)).isEqualTo(LanguageIdentifier.UNDETERMINED);
	}

	@Test
	void callsUndeterminedAScriptNoProfileKnows() {
		assertThat(identifier.identify("Почему нет сети уже второй день"))
				.isEqualTo(LanguageIdentifier.UNDETERMINED);
	}
}
