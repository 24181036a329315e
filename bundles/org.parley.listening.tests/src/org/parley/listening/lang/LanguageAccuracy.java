package org.parley.listening.lang;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.parley.listening.analyse.LanguageIdentifier;
import org.parley.listening.extract.Corpora;

/**
 * Measures a language identifier on the held-out val split of the UMSAB tweets (324 per language), whole and cut
 * to their first words (users and links left out first, so that a slice holds words). Run it as a program to
 * print the figures.
 */
final class LanguageAccuracy {

	/** What came out for the tweets of one language cut to {@code words} words (0: whole tweets). */
	record Score(String language, int words, int total, Map<String, Integer> answers) {

		double accuracy() {
			return (double) answers.getOrDefault(language, 0) / total;
		}

		/** The share labelled with the other one of French and English: the confusion that matters most. */
		double frenchEnglishConfusion() {
			return (double) answers.getOrDefault(language.equals("fr") ? "en" : "fr", 0) / total;
		}

		@Override
		public String toString() {
			return String.format(Locale.ROOT, "%s %-6s accuracy %.4f fr/en confusion %.4f over %d: %s", language,
					words == 0 ? "whole" : words + "w", accuracy(), frenchEnglishConfusion(), total, answers);
		}
	}

	private final LanguageIdentifier identifier;

	LanguageAccuracy(LanguageIdentifier identifier) {
		this.identifier = identifier;
	}

	static List<String> valTweets(String language) throws IOException {
		String folder = language.equals("fr") ? "french" : "english";
		Path file = Corpora.root().resolve("sentiment-umsab").resolve(folder).resolve("val_text.txt");
		return Files.readAllLines(file, StandardCharsets.UTF_8);
	}

	Score score(String language, int words) throws IOException {
		List<String> tweets = valTweets(language);
		Map<String, Integer> answers = tweets.stream()
				.map(tweet -> identifier.identify(words == 0 ? tweet : firstWords(tweet, words)))
				.collect(Collectors.toMap(answer -> answer, answer -> 1, Integer::sum, TreeMap::new));
		return new Score(language, words, tweets.size(), answers);
	}

	/** The first {@code count} words of a tweet, leaving out {@code @user} and links. */
	static String firstWords(String tweet, int count) {
		return Arrays.stream(tweet.split("\\s+"))
				.filter(word -> !word.isEmpty() && !word.startsWith("@") && !word.startsWith("http"))
				.limit(count)
				.collect(Collectors.joining(" "));
	}

	public static void main(String[] args) throws IOException {
		PrintStream out = System.out;
		LanguageAccuracy accuracy = new LanguageAccuracy(NgramLanguageIdentifier.shipped());
		for (String language : List.of("fr", "en")) {
			for (int words : new int[] { 0, 5, 4, 3 }) {
				out.println(accuracy.score(language, words));
			}
		}
	}
}
