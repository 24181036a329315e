package org.parley.listening.opinion;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.sample.SampleProject;
import org.parley.core.storage.ProjectStore;
import org.parley.listening.analyse.BrandOpinion;
import org.parley.listening.analyse.Intent;
import org.parley.listening.analyse.MentionAnalyser;
import org.parley.listening.analyse.MentionAnalysis;
import org.parley.listening.analyse.Sentiment;
import org.parley.listening.analyse.TextSpan;
import org.parley.listening.lang.NgramLanguageIdentifier;
import org.parley.listening.query.QueryTagger;
import org.parley.listening.store.Mention;

/**
 * Sentiment (polarity and exact score), intent and brand opinions of 4,774 real posts (UMSAB tweets, train and val,
 * English and French, and the customer-service posts) as the sample project's analyser reads them, plus the opinions
 * on two made-up "brands" (each post's first and last long word) to drive the passage path, against what the code
 * read before the sentiment path was made faster ({@code data/analysis/sentiment-path.tsv}): not one may change.
 */
class SentimentPathRegressionTest {

	private static final Pattern LONG_WORD = Pattern.compile("\\p{L}{5,}");

	@Test
	void analysesSentimentIntentAndBrandsExactlyAsBeforeTheSpeedWork(@TempDir Path dir) throws IOException {
		ProjectStore store = new ProjectStore();
		store.save(store.create(dir, SampleProject.create()));
		MentionAnalyser analyser = new MentionAnalyser(NgramLanguageIdentifier.shipped(),
				QueryTagger.of(store.load(dir).plan()), TrainedOpinionClassifier.shipped(), "regression");
		List<String> posts = Files.readAllLines(file("language-tags-brands.tsv"), StandardCharsets.UTF_8);
		List<String> actual = new ArrayList<>();
		actual.add("# lang, sentiment, score, intent, obstacle, brand opinions, opinions on the first and last long word, "
				+ "text; tab-separated, as main's code at a543ecb (before the sentiment speed work) analysed them");
		for (int i = 1; i < posts.size(); i++) {
			String text = posts.get(i).split("\t", 4)[3];
			MentionAnalysis a = analyser.analyse(new Mention("m" + i, "test", null, null, null, null, null, null, text,
					null, 200, null, null));
			List<BrandOpinion> madeUp = TrainedOpinionClassifier.shipped().perBrand(text, a.lang(), madeUpBrands(text));
			actual.add(a.lang() + "\t" + a.sentiment().polarity() + "\t" + a.sentiment().score() + "\t"
					+ a.intent().kind() + "\t" + a.intent().obstacle() + "\t" + opinions(a.brands()) + "\t"
					+ opinions(madeUp) + "\t" + text);
		}
		Path written = Path.of("target", "sentiment-path.actual.tsv").toAbsolutePath();
		Files.createDirectories(written.getParent());
		Files.write(written, actual, StandardCharsets.UTF_8);
		Path expectedFile = file("sentiment-path.tsv");
		List<String> expected = Files.readAllLines(expectedFile, StandardCharsets.UTF_8);
		assertThat(actual).as("what the code reads now (%s) against %s", written, expectedFile).hasSize(4775);
		assertThat(expected).as("%s", expectedFile).hasSize(4775);
		for (int i = 1; i < actual.size(); i++) {
			assertThat(actual.get(i)).as("line %d of %s (now written to %s)", i + 1, expectedFile, written)
					.isEqualTo(expected.get(i));
		}
		assertThat(actual.stream().skip(1).filter(l -> l.split("\t", -1)[5].contains(":")).count()).isGreaterThan(10);
	}

	/** The first and last word of five letters or more, as two brands, when a post has two such distinct words. */
	private static List<TextSpan> madeUpBrands(String text) {
		Matcher m = LONG_WORD.matcher(text);
		List<TextSpan> words = new ArrayList<>();
		while (m.find()) {
			words.add(new TextSpan(m.group().toLowerCase(), m.start(), m.end()));
		}
		if (words.size() < 2 || words.get(0).name().equals(words.get(words.size() - 1).name())) {
			return List.of();
		}
		return List.of(words.get(0), words.get(words.size() - 1));
	}

	private static String opinions(List<BrandOpinion> opinions) {
		return opinions.stream().map(o -> o.brand() + ":" + sentiment(o.sentiment()) + ":" + intent(o.intent()))
				.collect(Collectors.joining("|"));
	}

	private static String sentiment(Sentiment s) {
		return s.polarity() + "/" + s.score();
	}

	private static String intent(Intent i) {
		return i.kind() + "/" + i.obstacle();
	}

	private static Path file(String name) {
		Path local = Path.of("data/analysis", name);
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			for (Path candidate : List.of(dir.resolve(local), dir.resolve("bundles/org.parley.listening.tests").resolve(local))) {
				if (Files.isRegularFile(candidate)) {
					return candidate;
				}
			}
		}
		throw new IllegalStateException("no " + local + " above " + Path.of("").toAbsolutePath());
	}
}
