package org.parley.listening.lang;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words of a post that tell its language: lower-case runs of letters, without links, handles, numbers,
 * punctuation or emoji. A hashtag keeps its word ({@code #justiceclimatique}), since people tag in their language.
 */
final class LetterWords {

	private LetterWords() {
	}

	static List<String> of(String text) {
		List<String> words = new ArrayList<>();
		if (text == null) {
			return words;
		}
		String normalized = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
		for (String token : normalized.split("\\s+")) {
			if (token.startsWith("@") || token.startsWith("http") || token.startsWith("www.")) {
				continue;
			}
			addLetterRuns(token, words);
		}
		return words;
	}

	/** The total number of letters in {@code words}. */
	static int letters(List<String> words) {
		int letters = 0;
		for (String word : words) {
			letters += word.length();
		}
		return letters;
	}

	/** The number of letters in {@code words} written in the Latin script, the script of every shipped profile. */
	static int latinLetters(List<String> words) {
		int latin = 0;
		for (String word : words) {
			for (int i = 0; i < word.length(); i++) {
				if (Character.UnicodeScript.of(word.charAt(i)) == Character.UnicodeScript.LATIN) {
					latin++;
				}
			}
		}
		return latin;
	}

	private static void addLetterRuns(String token, List<String> words) {
		int start = -1;
		for (int i = 0; i <= token.length(); i++) {
			boolean letter = i < token.length() && Character.isLetter(token.charAt(i));
			if (letter && start < 0) {
				start = i;
			} else if (!letter && start >= 0) {
				words.add(token.substring(start, i));
				start = -1;
			}
		}
	}
}
