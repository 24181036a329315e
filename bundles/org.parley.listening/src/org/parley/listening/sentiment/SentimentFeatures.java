package org.parley.listening.sentiment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the sentiment classifier sees of a text: words (marked when a negator precedes them) with emoji, emoticons,
 * punctuation and emphasis, and word pairs, the two groups scaled to unit length apart so that a text's many pairs
 * do not drown its words (scaling the marks apart too did better on tweets but lost 7 points of macro-F1 on the
 * French customer-service posts); VADER's score, so that the rules' knowledge of negation and emphasis carries into the
 * learnt model; and the sums of a second lexicon or two ({@link PolarityList}). Pooling English with French, tuning
 * class biases, averaging seeds, and an ensemble with log-count-ratio (NBSVM-style) regressions over words and
 * character n-grams were tried and left out: the ensemble gained one to two points on cross-validated train folds
 * but lost twelve on the French customer-service posts and took four times as long to train (report of issue 6).
 */
final class SentimentFeatures {

	private static final int NEGATION_REACH = 3;

	private final SentimentLexicon lexicon;
	private final LexiconScorer scorer;
	private final List<PolarityList> lists;

	SentimentFeatures(SentimentLexicon lexicon) {
		this.lexicon = lexicon;
		this.scorer = new LexiconScorer(lexicon);
		this.lists = PolarityList.of(lexicon.lang());
	}

	Map<String, Double> of(String text) {
		List<Token> tokens = TextTokens.of(text);
		Map<String, Double> words = new HashMap<>();
		Map<String, Double> pairs = new HashMap<>();
		Map<String, Double> marks = new HashMap<>();
		String previous = "<s>";
		int negatedFor = 0;
		for (Token t : tokens) {
			if (!t.isWord()) {
				negatedFor = 0;
				if (t.kind() == Token.Kind.EMOJI || t.kind() == Token.Kind.EMOTICON) {
					marks.put("e:" + t.norm(), 1.0);
				} else if (t.kind() == Token.Kind.EXCLAMATION || t.kind() == Token.Kind.QUESTION) {
					marks.put("p:" + t.norm(), 1.0);
				}
				previous = "<p>";
				continue;
			}
			String word = t.plain();
			words.put("w:" + (negatedFor > 0 ? "not_" + word : word), 1.0);
			pairs.put("b:" + previous + "_" + word, 1.0);
			if (t.shouted()) {
				marks.put("shout", 1.0);
			}
			if (t.lengthened()) {
				marks.put("long", 1.0);
			}
			negatedFor = lexicon.cues().negators().contains(t.norm()) ? NEGATION_REACH : Math.max(0, negatedFor - 1);
			previous = word;
		}
		Map<String, Double> features = new HashMap<>();
		words.putAll(marks);
		scale(words, features);
		scale(pairs, features);
		LexiconScore score = scorer.score(tokens);
		features.put("lex:compound", 4 * score.compound());
		features.put("lex:positive", Math.log1p(score.positive()));
		features.put("lex:negative", Math.log1p(score.negative()));
		features.put(bucket(score.compound()), 1.0);
		for (PolarityList list : lists) {
			PolarityList.Sums sums = list.sums(tokens, lexicon.cues().negators());
			double net = sums.positive() - sums.negative();
			features.put(list.name() + ":net", net / Math.sqrt(net * net + 1));
			features.put(list.name() + ":positive", Math.log1p(sums.positive()));
			features.put(list.name() + ":negative", Math.log1p(sums.negative()));
		}
		return features;
	}

	/** Adds a group of binary features scaled to unit length, so long texts do not outweigh short ones. */
	private static void scale(Map<String, Double> group, Map<String, Double> into) {
		if (group.isEmpty()) {
			return;
		}
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
