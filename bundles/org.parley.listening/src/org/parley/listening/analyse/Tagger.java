package org.parley.listening.analyse;

import java.util.List;

/** Applies a project's listening queries and brand names to a text. */
public interface Tagger {

	/** The tags of every query the text matches, in query order, without duplicates. */
	List<Tag> tags(String text, String lang);

	/** Where the text names a brand of the model (by name, alias or handle), in text order. */
	List<TextSpan> brands(String text);
}
