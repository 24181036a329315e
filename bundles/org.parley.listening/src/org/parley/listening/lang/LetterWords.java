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
		// Tokens between runs of white space (the \s of regular expressions), without a regex split per post.
		int length = normalized.length();
		int i = 0;
		while (i < length) {
			while (i < length && isSpace(normalized.charAt(i))) {
				i++;
			}
			int start = i;
			while (i < length && !isSpace(normalized.charAt(i))) {
				i++;
			}
			if (i > start && !normalized.startsWith("@", start) && !normalized.startsWith("http", start)
					&& !normalized.startsWith("www.", start)) {
				addLetterRuns(normalized, start, i, words);
			}
		}
		return words;
	}

	private static boolean isSpace(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
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
				char c = word.charAt(i);
				// The ASCII letters are Latin; only the others need the script table.
				if (c < 0x80 || Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
					latin++;
				}
			}
		}
		return latin;
	}

	/** Adds the runs of letters of {@code text.substring(from, to)}. */
	private static void addLetterRuns(String text, int from, int to, List<String> words) {
		int start = -1;
		for (int i = from; i <= to; i++) {
			boolean letter = i < to && Character.isLetter(text.charAt(i));
			if (letter && start < 0) {
				start = i;
			} else if (!letter && start >= 0) {
				words.add(text.substring(start, i));
				start = -1;
			}
		}
	}
}
