package org.parley.listening.analyse;

import java.util.List;

/** Reads sentiment and intent in a text whose language is known. */
public interface OpinionClassifier {

	Sentiment sentiment(String text, String lang);

	Intent intent(String text, String lang);

	/**
	 * Sentiment and intent towards each brand the text names; a brand named twice gets one opinion.
	 * Empty when {@code brands} is.
	 */
	List<BrandOpinion> perBrand(String text, String lang, List<TextSpan> brands);
}
