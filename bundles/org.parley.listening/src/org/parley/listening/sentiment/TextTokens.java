package org.parley.listening.sentiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a tweet or forum post into words, emoji, emoticons and punctuation for the sentiment rules and features.
 * Contractions are opened first ("don't" reads "do not", "n'est" reads "ne est") so that negation is one word.
 * A hand-written scanner: it cuts exactly as the regular expression it replaced (kept in the tests as reference), at a
 * fraction of the cost, which mattered since every post is cut several times.
 */
public final class TextTokens {

	private static final Pattern ENGLISH_NOT = Pattern.compile("(?i)\\b(\\p{L}+?)n[’']t\\b");
	private static final Pattern FRENCH_ELISION = Pattern.compile("(?i)\\b([nljmtcsdq]|qu|jusqu|lorsqu|puisqu)[’']");

	private TextTokens() {
	}

	/** The tokens of a text, in order. */
	public static List<Token> of(String text) {
		String s = open(text == null ? "" : text);
		boolean allCaps = allUpper(s, 0, s.length());
		List<Token> tokens = new ArrayList<>();
		int n = s.length();
		int i = 0;
		while (i < n) {
			int cp = s.codePointAt(i);
			int end;
			if (isLetterOrMark(cp)) {
				end = i + Character.charCount(cp);
				while (end < n) {
					int c = s.codePointAt(end);
					if (!isLetterOrMark(c) && !(c >= '0' && c <= '9') && c != '_' && c != '-') {
						break;
					}
					end += Character.charCount(c);
				}
				tokens.add(word(s.substring(i, end), allCaps));
			} else if ((end = emoticonEnd(s, i)) > 0) {
				String raw = s.substring(i, end);
				String lower = raw.toLowerCase(Locale.ROOT);
				tokens.add(new Token(raw, lower, lower, Token.Kind.EMOTICON, false, false));
			} else if (cp == '!' || cp == '?') {
				end = i + 1;
				while (end < n && s.charAt(end) == cp) {
					end++;
				}
				String mark = cp == '!' ? "!" : "?";
				tokens.add(new Token(s.substring(i, end), mark, mark,
						cp == '!' ? Token.Kind.EXCLAMATION : Token.Kind.QUESTION, false, end - i > 1));
			} else if (isEmoji(cp)) {
				end = i + Character.charCount(cp);
				if (end < n) {
					int modifier = s.codePointAt(end);
					if (modifier == 0xFE0F || (modifier >= 0x1F3FB && modifier <= 0x1F3FF)) {
						end += Character.charCount(modifier);
					}
				}
				String raw = s.substring(i, end);
				String bare = raw.replace("\uFE0F", "");
				tokens.add(new Token(raw, bare, bare, Token.Kind.EMOJI, false, false));
			} else if (isPunctuation(cp)) {
				end = i + 1;
				String raw = s.substring(i, end);
				tokens.add(new Token(raw, raw, raw, Token.Kind.PUNCTUATION, false, false));
			} else {
				end = i + Character.charCount(cp);
			}
			i = end;
		}
		return tokens;
	}

	private static Token word(String raw, boolean allCaps) {
		String lower = raw.toLowerCase(Locale.ROOT);
		String norm = withoutRepeats(lower);
		boolean shouted = !allCaps && raw.length() > 1 && allUpper(raw, 0, raw.length());
		return new Token(raw, norm, SentimentLexicon.stripAccents(norm), Token.Kind.WORD, shouted, norm != lower);
	}

	/** Whether every letter (char by char) of the range is upper case; true when it has none. */
	private static boolean allUpper(String s, int from, int to) {
		for (int i = from; i < to; i++) {
			char c = s.charAt(i);
			if (Character.isLetter(c) && !Character.isUpperCase(c)) {
				return false;
			}
		}
		return true;
	}

	/** "soooo" → "so": a letter written three times or more in a row counts once; the same string when none is. */
	private static String withoutRepeats(String word) {
		StringBuilder out = null;
		int n = word.length();
		int i = 0;
		while (i < n) {
			int cp = word.codePointAt(i);
			int size = Character.charCount(cp);
			int run = 1;
			int end = i + size;
			while (end < n && word.codePointAt(end) == cp) {
				run++;
				end += size;
			}
			if (run >= 3 && Character.isLetter(cp)) {
				if (out == null) {
					out = new StringBuilder(n).append(word, 0, i);
				}
				out.appendCodePoint(cp);
			} else if (out != null) {
				out.append(word, i, end);
			}
			i = end;
		}
		return out == null ? word : out.toString();
	}

	private static boolean isLetterOrMark(int cp) {
		switch (Character.getType(cp)) {
		case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
				Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.NON_SPACING_MARK,
				Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK:
			return true;
		default:
			return false;
		}
	}

	private static boolean isEmoji(int cp) {
		return (cp >= 0x1F000 && cp <= 0x1FAFF) || (cp >= 0x2600 && cp <= 0x27BF) || cp == 0x2B50 || cp == 0x2764;
	}

	private static boolean isPunctuation(int cp) {
		return switch (cp) {
		case '.', ',', ';', ':', '(', ')', '[', ']', '"', '«', '»', '…' -> true;
		default -> false;
		};
	}

	/**
	 * Where an emoticon starting at i ends, or -1: the first of ":-)"-like (eyes, nose, one or more mouths), "(:"-like,
	 * "<3", "^^", "^_^" or ":'(" that no letter or digit follows, trying shorter mouths and no nose before giving up, as
	 * a backtracking regular expression would.
	 */
	private static int emoticonEnd(String s, int i) {
		int n = s.length();
		char c = s.charAt(i);
		if (c == ':' || c == ';' || c == '=' || c == '8') {
			if (i + 1 < n && isNose(s.charAt(i + 1))) {
				int end = mouthsEnd(s, i + 2);
				if (end > 0) {
					return end;
				}
			}
			int end = mouthsEnd(s, i + 1);
			if (end > 0) {
				return end;
			}
		}
		if (c == ')' || c == '(' || c == ']' || c == '[') {
			if (i + 2 < n && isNose(s.charAt(i + 1)) && isEyes(s.charAt(i + 2)) && free(s, i + 3)) {
				return i + 3;
			}
			if (i + 1 < n && isEyes(s.charAt(i + 1)) && free(s, i + 2)) {
				return i + 2;
			}
		}
		if (c == '<' && i + 1 < n && s.charAt(i + 1) == '3') {
			int end = i + 2;
			while (end < n && s.charAt(end) == '3') {
				end++;
			}
			for (; end >= i + 2; end--) {
				if (free(s, end)) {
					return end;
				}
			}
		}
		if (s.startsWith("^^", i) && free(s, i + 2)) {
			return i + 2;
		}
		if (s.startsWith("^_^", i) && free(s, i + 3)) {
			return i + 3;
		}
		if (s.startsWith(":'(", i) && free(s, i + 3)) {
			return i + 3;
		}
		return -1;
	}

	/** The end of one or more mouths from i, longest first, that no letter or digit follows; -1 if none. */
	private static int mouthsEnd(String s, int from) {
		int end = from;
		while (end < s.length() && isMouth(s.charAt(end))) {
			end++;
		}
		for (; end > from; end--) {
			if (free(s, end)) {
				return end;
			}
		}
		return -1;
	}

	private static boolean isNose(char c) {
		return c == '-' || c == 'o' || c == '^' || c == '\'';
	}

	private static boolean isEyes(char c) {
		return c == ':' || c == ';' || c == '=';
	}

	private static boolean isMouth(char c) {
		return switch (c) {
		case ')', '(', ']', '[', 'd', 'D', 'p', 'P', '/', '\\', '|', '*', '3', 'o', 'O' -> true;
		default -> false;
		};
	}

	/** No letter or ASCII digit at i. */
	private static boolean free(String s, int i) {
		if (i >= s.length()) {
			return true;
		}
		int cp = s.codePointAt(i);
		return !Character.isLetter(cp) && !(cp >= '0' && cp <= '9');
	}

	/** "can't" → "can not", "n'est" → "ne est", "j'adore" → "je adore"; also undoes escaped apostrophes in tweets. */
	public static String open(String text) {
		String t = text.replace("\\u2019", "’").replace("\\u002c", ",").replace("&amp;", "&");
		if (t.indexOf('\'') < 0 && t.indexOf('’') < 0) {
			// both rules need an apostrophe: most posts have none and need no regular expression
			return t;
		}
		if (hasNot(t)) {
			t = openNot(t);
		}
		return FRENCH_ELISION.matcher(t).replaceAll(r -> {
			String clitic = r.group(1).toLowerCase(Locale.ROOT);
			String full = switch (clitic) {
			case "n" -> "ne";
			case "l" -> "le";
			case "j" -> "je";
			case "m" -> "me";
			case "t" -> "te";
			case "c" -> "ce";
			case "s" -> "se";
			case "d" -> "de";
			case "q", "qu" -> "que";
			default -> r.group(1);
			};
			return Matcher.quoteReplacement(full + " ");
		});
	}

	/** Whether the text has an "n't" (any case, either apostrophe), without which {@link #ENGLISH_NOT} cannot match. */
	private static boolean hasNot(String t) {
		for (int i = 1; i + 1 < t.length(); i++) {
			char c = t.charAt(i);
			if ((c == '\'' || c == '’') && (t.charAt(i - 1) == 'n' || t.charAt(i - 1) == 'N')
					&& (t.charAt(i + 1) == 't' || t.charAt(i + 1) == 'T')) {
				return true;
			}
		}
		return false;
	}

	private static String openNot(String t) {
		return ENGLISH_NOT.matcher(t).replaceAll(r -> {
			String stem = r.group(1);
			String lower = stem.toLowerCase(Locale.ROOT);
			String fixed = switch (lower) {
			case "wo" -> "will";
			case "ca" -> "can";
			case "ai" -> "is";
			case "sha" -> "shall";
			default -> stem;
			};
			return Matcher.quoteReplacement(fixed + " not");
		});
	}
}
