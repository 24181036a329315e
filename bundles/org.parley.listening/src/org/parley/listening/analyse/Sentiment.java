package org.parley.listening.analyse;

/**
 * A polarity with its strength.
 *
 * @param score from -1 (most negative) to +1 (most positive); near 0 for neutral texts
 */
public record Sentiment(Polarity polarity, double score) {

	public static final Sentiment NEUTRAL = new Sentiment(Polarity.NEUTRAL, 0);
}
