package org.parley.listening.alert;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Cuts a post into the words early warning counts: lower case, accents folded ({@code problème} and
 * {@code probleme} are one word), hashtags kept as words ({@code #panne} is {@code panne}), while links,
 * {@code @handles}, bare numbers and one-letter words are dropped.
 */
public final class TextNormaliser {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private TextNormaliser() {
	}

	/** The words of {@code text} in order, stop words included. */
	public static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		if (text == null) {
			return words;
		}
		String folded = fold(text);
		int i = 0;
		int n = folded.length();
		while (i < n) {
			char c = folded.charAt(i);
			if (Character.isWhitespace(c)) {
				i++;
				continue;
			}
			if (folded.startsWith("http", i) || folded.startsWith("www.", i) || c == '@') {
				while (i < n && !Character.isWhitespace(folded.charAt(i))) {
					i++;
				}
				continue;
			}
			if (!Character.isLetterOrDigit(c)) {
				i++;
				continue;
			}
			int start = i;
			while (i < n && Character.isLetterOrDigit(folded.charAt(i))) {
				i++;
			}
			String word = folded.substring(start, i);
			if (word.length() > 1 && !isNumber(word)) {
				words.add(word);
			}
		}
		return words;
	}

	/** Lower case without accents; ligatures opened so that {@code œuvre} and {@code oeuvre} meet. */
	public static String fold(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < 128) {
				out.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
			} else if (c < FOLDED.length) {
				out.append(FOLDED[c]);
			} else {
				out.append(foldSlowly(String.valueOf(c)));
			}
		}
		return out.toString();
	}

	/** Latin letters folded once, so that folding a post is a table look-up per character. */
	private static final String[] FOLDED = new String[0x250];

	static {
		for (char c = 0; c < FOLDED.length; c++) {
			FOLDED[c] = foldSlowly(String.valueOf(c));
		}
	}

	private static String foldSlowly(String text) {
		String lower = text.toLowerCase(Locale.ROOT).replace("œ", "oe").replace("æ", "ae").replace('’', '\'');
		return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
	}

	private static boolean isNumber(String word) {
		for (int i = 0; i < word.length(); i++) {
			if (!Character.isDigit(word.charAt(i))) {
				return false;
			}
		}
		return true;
	}
}
