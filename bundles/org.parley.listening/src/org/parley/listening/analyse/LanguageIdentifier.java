package org.parley.listening.analyse;

/** Names the language of a text, however short. */
public interface LanguageIdentifier {

	/** Returned when a text has too little to go on. */
	String UNDETERMINED = "und";

	/** An ISO 639-1 code such as {@code fr} or {@code en}, or {@link #UNDETERMINED}. */
	String identify(String text);
}
