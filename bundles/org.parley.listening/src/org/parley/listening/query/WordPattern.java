package org.parley.listening.query;

import org.parley.listening.query.TokenizedText.Kind;

/**
 * What one word of a text must be: a folded form, whole or as a prefix, of any kind or only a hashtag or a handle.
 *
 * @param kind null for any kind: {@code giffgaff} also matches {@code #giffgaff} and {@code @giffgaff}
 */
record WordPattern(String form, boolean prefix, Kind kind) {

	boolean matches(TokenizedText text, int index) {
		if (kind != null && text.kind(index) != kind) {
			return false;
		}
		String word = text.form(index);
		return prefix ? word.startsWith(form) : word.equals(form);
	}

	@Override
	public String toString() {
		return (kind == Kind.HASHTAG ? "#" : kind == Kind.HANDLE ? "@" : "") + form + (prefix ? "*" : "");
	}
}
