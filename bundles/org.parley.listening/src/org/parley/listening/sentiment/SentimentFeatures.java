package org.parley.listening.sentiment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the sentiment classifier sees of a text: words and word pairs (marked when a negator precedes them), emoji
 * and emoticons, punctuation, emphasis, and the lexicon's own score, so that the rules' knowledge of negation and
 * emphasis carries into the learnt model. Character n-grams were tried and left out: on the UMSAB validation split
 * they lowered macro-F1 by two to four points and tripled the training time.
 */
final class SentimentFeatures {

	private static final int NEGATION_REACH = 3;

	private final SentimentLexicon lexicon;
	private final LexiconScorer scorer;

	SentimentFeatures(SentimentLexicon lexicon) {
		this.lexicon = lexicon;
		this.scorer = new LexiconScorer(lexicon);
	}

	Map<String, Double> of(String text) {
		List<Token> tokens = TextTokens.of(text);
		Map<String, Double> words = new HashMap<>();
		String previous = "<s>";
		int negatedFor = 0;
		for (Token t : tokens) {
			if (!t.isWord()) {
				negatedFor = 0;
				if (t.kind() == Token.Kind.EMOJI || t.kind() == Token.Kind.EMOTICON) {
					words.put("e:" + t.norm(), 1.0);
				} else if (t.kind() == Token.Kind.EXCLAMATION || t.kind() == Token.Kind.QUESTION) {
					words.put("p:" + t.norm(), 1.0);
				}
				previous = "<p>";
				continue;
			}
			String word = t.plain();
			words.put("w:" + (negatedFor > 0 ? "not_" + word : word), 1.0);
			words.put("b:" + previous + "_" + word, 1.0);
			if (t.shouted()) {
				words.put("shout", 1.0);
			}
			if (t.lengthened()) {
				words.put("long", 1.0);
			}
			negatedFor = lexicon.cues().negators().contains(t.norm()) ? NEGATION_REACH : Math.max(0, negatedFor - 1);
			previous = word;
		}
		Map<String, Double> features = new HashMap<>();
		scale(words, features);
		LexiconScore score = scorer.score(tokens);
		features.put("lex:compound", 4 * score.compound());
		features.put("lex:positive", Math.log1p(score.positive()));
		features.put("lex:negative", Math.log1p(score.negative()));
		features.put(bucket(score.compound()), 1.0);
		return features;
	}

	/** Adds a group of binary features scaled to unit length, so long texts do not outweigh short ones. */
	private static void scale(Map<String, Double> group, Map<String, Double> into) {
		double norm = Math.sqrt(group.size());
		group.forEach((k, v) -> into.put(k, v / norm));
	}

	private static String bucket(double compound) {
		if (compound >= 0.5) {
			return "lex:strong+";
		}
		if (compound >= 0.05) {
			return "lex:weak+";
		}
		if (compound <= -0.5) {
			return "lex:strong-";
		}
		if (compound <= -0.05) {
			return "lex:weak-";
		}
		return "lex:none";
	}
}
