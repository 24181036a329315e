package org.parley.listening.query;

import java.util.Arrays;

/**
 * A text cut into folded words once, so that every query and brand name is matched against the same tokens: a
 * mention is tokenised once for all the queries of a project. A word is a run of letters and digits;
 * {@code #giffgaff} and {@code @VirginMedia} are one word each, of kind {@link Kind#HASHTAG} or {@link Kind#HANDLE}
 * (underscores included), whose form leaves out the sign. Forms are lower case without accents: "Résilié" is
 * {@code resilie}.
 */
public final class TokenizedText {

	/** What kind of word a token is. */
	public enum Kind {
		WORD, HASHTAG, HANDLE
	}

	private final String text;
	private final String[] forms;
	private final Kind[] kinds;
	private final int[] starts;
	private final int[] ends;
	// Where each form first occurs (an open-addressing table of word index + 1), and from each word the next one of
	// the same form: a query looks its words up instead of scanning the text once per word.
	private final int[] firstIndex;
	private final int[] nextIndex;
	// One bit per form's hash: most query words are absent from a post, and this says so without a map lookup.
	private final long formBits;

	private TokenizedText(String text, int size, String[] forms, Kind[] kinds, int[] starts, int[] ends) {
		this.text = text;
		this.forms = Arrays.copyOf(forms, size);
		this.kinds = Arrays.copyOf(kinds, size);
		this.starts = starts;
		this.ends = ends;
		this.firstIndex = new int[Integer.highestOneBit(Math.max(size, 1)) * 4];
		this.nextIndex = new int[size];
		long bits = 0;
		for (int i = size - 1; i >= 0; i--) {
			int slot = slotOf(this.forms[i]);
			nextIndex[i] = firstIndex[slot] - 1;
			firstIndex[slot] = i + 1;
			bits |= bit(this.forms[i]);
		}
		this.formBits = bits;
	}

	/** The table slot that holds {@code form}, or the empty one where it would go. */
	private int slotOf(String form) {
		int mask = firstIndex.length - 1;
		int hash = form.hashCode();
		int slot = (hash ^ (hash >>> 16)) & mask;
		while (firstIndex[slot] != 0 && !forms[firstIndex[slot] - 1].equals(form)) {
			slot = (slot + 1) & mask;
		}
		return slot;
	}

	private static long bit(String form) {
		int hash = form.hashCode();
		return 1L << ((hash >>> 20) & 63);
	}

	/** Tokenises {@code text}; null is the empty text. */
	public static TokenizedText of(String text) {
		String source = text == null ? "" : text;
		int capacity = 16;
		String[] forms = new String[capacity];
		Kind[] kinds = new Kind[capacity];
		int[] starts = new int[capacity];
		int[] ends = new int[capacity];
		int size = 0;
		int i = 0;
		int length = source.length();
		while (i < length) {
			char c = source.charAt(i);
			Kind kind = Kind.WORD;
			int wordStart = i;
			if ((c == '#' || c == '@') && i + 1 < length && isWordChar(source, i + 1, true)
					&& (i == 0 || !isWordChar(source, i - 1, false))) {
				kind = c == '#' ? Kind.HASHTAG : Kind.HANDLE;
				wordStart = i + 1;
			} else if (!isWordChar(source, i, false)) {
				i++;
				continue;
			}
			int end = wordStart;
			while (end < length && isWordChar(source, end, kind != Kind.WORD)) {
				end++;
			}
			String form = Folding.fold(source, wordStart, end);
			if (!form.isEmpty()) {
				if (size == capacity) {
					capacity *= 2;
					forms = Arrays.copyOf(forms, capacity);
					kinds = Arrays.copyOf(kinds, capacity);
					starts = Arrays.copyOf(starts, capacity);
					ends = Arrays.copyOf(ends, capacity);
				}
				forms[size] = form;
				kinds[size] = kind;
				starts[size] = i;
				ends[size] = end;
				size++;
			}
			i = end;
		}
		return new TokenizedText(source, size, forms, kinds, starts, ends);
	}

	private static boolean isWordChar(String source, int index, boolean underscore) {
		char c = source.charAt(index);
		if (Character.isLetterOrDigit(c) || (underscore && c == '_')) {
			return true;
		}
		// Accents typed as combining marks belong to the word they follow.
		int type = Character.getType(c);
		return index > 0 && (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK)
				|| Character.isSurrogate(c) && Character.isLetterOrDigit(source.codePointAt(Character.isHighSurrogate(c)
						? index : index - 1));
	}

	/** The original text. */
	public String text() {
		return text;
	}

	/** The number of words. */
	public int size() {
		return forms.length;
	}

	/** The folded form of word {@code index}, without its {@code #} or {@code @}. */
	public String form(int index) {
		return forms[index];
	}

	public Kind kind(int index) {
		return kinds[index];
	}

	/** The first word whose form is {@code form}, or -1. */
	int firstIndexOf(String form) {
		if ((formBits & bit(form)) == 0) {
			return -1;
		}
		return firstIndex[slotOf(form)] - 1;
	}

	/** The next word after {@code index} with the same form, or -1. */
	int nextIndexOf(int index) {
		return nextIndex[index];
	}

	/** Where word {@code index} starts in {@link #text()}, its {@code #} or {@code @} included. */
	public int start(int index) {
		return starts[index];
	}

	/** Where word {@code index} ends in {@link #text()}, exclusive. */
	public int end(int index) {
		return ends[index];
	}
}
