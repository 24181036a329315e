package org.parley.listening.analyse;

import java.util.List;

/** Applies a project's listening queries and brand names to a text. */
public interface Tagger {

	/** The tags of every query the text matches, in query order, without duplicates. */
	List<Tag> tags(String text, String lang);

	/** Where the text names a brand of the model (by name, alias or handle), in text order. */
	List<TextSpan> brands(String text);

	/** Both at once: a tagger that cuts texts into words does it once for the tags and the brands. */
	default Tagging tag(String text, String lang) {
		return new Tagging(tags(text, lang), brands(text));
	}

	/** What {@link #tag} found in one text. */
	record Tagging(List<Tag> tags, List<TextSpan> brands) {
	}
}
