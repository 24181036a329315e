package org.parley.core.validation;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parley.model.Network;

/**
 * The length of a post's text as a network counts it against its limit. X (Twitter) weighs its text: after Unicode
 * NFC normalisation every URL counts 23, an emoji (with its modifiers and joined sequences) 2, characters of the
 * Latin, Greek, Cyrillic, Hebrew, Arabic, Indic and similar scripts and common punctuation 1, everything else (CJK,
 * Hangul, most symbols) 2. The other networks count Unicode code points, so that an emoji or an accented letter is
 * one character however many UTF-16 units it takes.
 */
public abstract sealed class TextLength {

	private static final TextLength CODE_POINTS = new CodePoints();
	private static final TextLength WEIGHTED = new Weighted();

	private TextLength() {
	}

	/** How {@code network} counts; code points for {@code null} and networks without a counting of their own. */
	public static TextLength forNetwork(Network network) {
		return network == Network.XTWITTER ? WEIGHTED : CODE_POINTS;
	}

	/** The length of {@code text}; 0 for {@code null}. */
	public abstract int of(String text);

	/** A short note on how this counting differs from counting characters, or empty. */
	public abstract String unit();

	/** Unicode code points. */
	private static final class CodePoints extends TextLength {
		@Override
		public int of(String text) {
			return text == null ? 0 : text.codePointCount(0, text.length());
		}

		@Override
		public String unit() {
			return "";
		}
	}

	/** X's weighted length (twitter-text, configuration v3). */
	private static final class Weighted extends TextLength {

		/** What every URL counts, whatever its own length: X shortens links to this. */
		static final int URL_LENGTH = 23;

		/** A URL with a scheme or starting with www.; trailing punctuation belongs to the sentence. */
		private static final Pattern URL = Pattern
				.compile("(?i)\\b(?:https?://|www\\.)[^\\s<>\"]*[^\\s<>\".,;:!?'()\\[\\]{}]");

		/** Extended grapheme clusters: an emoji with its skin tone, variation selector or joined parts is one. */
		private static final Pattern GRAPHEME = Pattern.compile("\\X");

		@Override
		public int of(String text) {
			if (text == null || text.isEmpty()) {
				return 0;
			}
			String normalized = Normalizer.normalize(text, Normalizer.Form.NFC);
			int length = 0;
			int from = 0;
			Matcher url = URL.matcher(normalized);
			while (url.find()) {
				length += weigh(normalized.substring(from, url.start())) + URL_LENGTH;
				from = url.end();
			}
			return length + weigh(normalized.substring(from));
		}

		@Override
		public String unit() {
			return " as X counts them (every link 23, emoji and CJK characters 2)";
		}

		private static int weigh(String text) {
			int length = 0;
			Matcher cluster = GRAPHEME.matcher(text);
			while (cluster.find()) {
				String grapheme = cluster.group();
				if (isEmoji(grapheme)) {
					length += 2;
				} else {
					for (int i = 0; i < grapheme.length();) {
						int codePoint = grapheme.codePointAt(i);
						length += weight(codePoint);
						i += Character.charCount(codePoint);
					}
				}
			}
			return length;
		}

		/**
		 * Whether a grapheme shows as an emoji: a character drawn as emoji by default, one asked to be (U+FE0F), a
		 * keycap, a flag, or a sequence joined by U+200D. Text-style symbols such as © count as characters.
		 */
		private static boolean isEmoji(String grapheme) {
			int first = grapheme.codePointAt(0);
			return Character.isEmojiPresentation(first) && first > 0x7F
					|| grapheme.length() > Character.charCount(first)
							&& (Character.isExtendedPictographic(first) || Character.isEmoji(first))
							&& (grapheme.indexOf('\uFE0F') >= 0 || grapheme.indexOf('\u200D') >= 0
									|| grapheme.indexOf('\u20E3') >= 0 || Character.isEmojiModifier(
											grapheme.codePointAt(Character.charCount(first))))
					|| first >= 0x1F1E6 && first <= 0x1F1FF;
		}

		/** The ranges X counts as 1; everything else counts 2. */
		private static int weight(int codePoint) {
			return codePoint <= 0x10FF || codePoint >= 0x2000 && codePoint <= 0x200D
					|| codePoint >= 0x2010 && codePoint <= 0x201F || codePoint >= 0x2032 && codePoint <= 0x2037 ? 1
							: 2;
		}
	}
}
