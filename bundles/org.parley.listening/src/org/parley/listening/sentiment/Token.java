package org.parley.listening.sentiment;

/**
 * One token of a text as the sentiment rules see it.
 *
 * @param raw the token as written, e.g. {@code NUUUL}
 * @param norm lower case with letters repeated three times or more cut to one, e.g. {@code nul}
 * @param plain {@code norm} without accents, as many posts are typed
 * @param kind what sort of token it is
 * @param shouted written in capitals (two letters or more) where the text is not all capitals
 * @param lengthened a letter was repeated three times or more, as in "nuuul" or "soooo"
 */
public record Token(String raw, String norm, String plain, Kind kind, boolean shouted, boolean lengthened) {

	/** What sort of token. */
	public enum Kind {
		WORD, EMOJI, EMOTICON, EXCLAMATION, QUESTION, PUNCTUATION
	}

	public boolean isWord() {
		return kind == Kind.WORD;
	}
}
