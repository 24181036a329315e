package org.parley.listening.sentiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link TextTokens} as it was before it was made faster, with regular expressions: the reference that the hand-written
 * scanner must match token for token.
 */
final class RegexTextTokens {

	private static final Pattern TOKEN = Pattern.compile(
			"(?<word>[\\p{L}\\p{M}][\\p{L}\\p{M}\\d_-]*)"
					+ "|(?<emoticon>(?:[:;=8][-o^']?[)(\\]\\[dDpP/\\\\|*3oO]+|[)(\\]\\[][-o^']?[:;=]|<3+|\\^\\^|\\^_\\^|:'\\()(?![\\p{L}\\d]))"
					+ "|(?<excl>!+)|(?<quest>\\?+)"
					+ "|(?<emoji>[\\x{1F000}-\\x{1FAFF}\\x{2600}-\\x{27BF}\\x{2B50}\\x{2764}][\\x{FE0F}\\x{1F3FB}-\\x{1F3FF}]?)"
					+ "|(?<punct>[.,;:()\\[\\]\"«»…])");
	private static final Pattern ENGLISH_NOT = Pattern.compile("(?i)\\b(\\p{L}+?)n[’']t\\b");
	private static final Pattern FRENCH_ELISION = Pattern.compile("(?i)\\b([nljmtcsdq]|qu|jusqu|lorsqu|puisqu)[’']");
	private static final Pattern REPEAT = Pattern.compile("(\\p{L})\\1{2,}");

	private RegexTextTokens() {
	}

	/** The tokens of a text, in order. */
	static List<Token> of(String text) {
		String opened = open(text == null ? "" : text);
		boolean allCaps = opened.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
		List<Token> tokens = new ArrayList<>();
		Matcher m = TOKEN.matcher(opened);
		while (m.find()) {
			String raw = m.group();
			if (m.group("word") != null) {
				String lower = raw.toLowerCase(Locale.ROOT);
				String norm = REPEAT.matcher(lower).replaceAll("$1");
				boolean shouted = !allCaps && raw.length() > 1 && raw.chars().filter(Character::isLetter)
						.allMatch(Character::isUpperCase);
				tokens.add(new Token(raw, norm, SentimentLexicon.stripAccents(norm), Token.Kind.WORD, shouted, !norm.equals(lower)));
			} else if (m.group("emoticon") != null) {
				String lower = raw.toLowerCase(Locale.ROOT);
				tokens.add(new Token(raw, lower, lower, Token.Kind.EMOTICON, false, false));
			} else if (m.group("excl") != null) {
				tokens.add(new Token(raw, "!", "!", Token.Kind.EXCLAMATION, false, raw.length() > 1));
			} else if (m.group("quest") != null) {
				tokens.add(new Token(raw, "?", "?", Token.Kind.QUESTION, false, raw.length() > 1));
			} else if (m.group("emoji") != null) {
				String bare = raw.replace("\uFE0F", "");
				tokens.add(new Token(raw, bare, bare, Token.Kind.EMOJI, false, false));
			} else {
				tokens.add(new Token(raw, raw, raw, Token.Kind.PUNCTUATION, false, false));
			}
		}
		return tokens;
	}

	/** "can't" → "can not", "n'est" → "ne est", "j'adore" → "je adore"; also undoes escaped apostrophes in tweets. */
	static String open(String text) {
		String t = text.replace("\\u2019", "’").replace("\\u002c", ",").replace("&amp;", "&");
		t = ENGLISH_NOT.matcher(t).replaceAll(r -> {
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
}
