package org.parley.listening.sentiment;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What the sentiment classifier sees of a text, as the three views its three models read ({@link Views}), worked
 * out from one tokenisation and one lexicon score. Pooling English with French training tweets, scaling emoji and
 * marks apart from words, and tuning class biases for macro-F1 were tried and left out (figures in the report of
 * issue 6).
 */
final class SentimentFeatures {

	private static final int NEGATION_REACH = 3;
	private static final int SHORTEST_GRAM = 2;
	private static final int LONGEST_GRAM = 5;
	private static final Pattern LINK = Pattern.compile("https?\\S*");
	private static final Pattern REPEAT = Pattern.compile("(\\p{L})\\1{2,}");
	private static final Pattern SPACES = Pattern.compile("\\s+");

	/**
	 * The views of one text.
	 *
	 * @param whole words (marked when a negator precedes them) with emoji, emoticons, punctuation and emphasis, and word
	 *            pairs, the two groups scaled to unit length apart; VADER's score; the sums of a second lexicon or two
	 *            ({@link PolarityList})
	 * @param words words and word pairs as one group, to be weighted by their log-count ratios
	 * @param chars character 2- to 5-grams of the lower-cased text without accents, links or user names, to be
	 *            weighted by their log-count ratios
	 * @param dense emoji, marks and the lexicons' scores, left as they are beside {@code words} and {@code chars}
	 */
	record Views(Map<String, Double> whole, Map<String, Double> words, Map<String, Double> chars,
			Map<String, Double> dense) {
	}

	private final SentimentLexicon lexicon;
	private final LexiconScorer scorer;
	private final List<PolarityList> lists;

	SentimentFeatures(SentimentLexicon lexicon) {
		this.lexicon = lexicon;
		this.scorer = new LexiconScorer(lexicon);
		this.lists = PolarityList.of(lexicon.lang());
	}

	Views of(String text) {
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
		Map<String, Double> scores = scores(tokens);
		Map<String, Double> whole = new HashMap<>(scores);
		Map<String, Double> wordsAndMarks = new HashMap<>(words);
		wordsAndMarks.putAll(marks);
		scale(wordsAndMarks, whole);
		scale(pairs, whole);
		Map<String, Double> dense = new HashMap<>(scores);
		scale(marks, dense);
		Map<String, Double> wordsAndPairs = new HashMap<>();
		words.putAll(pairs);
		scale(words, wordsAndPairs);
		return new Views(whole, wordsAndPairs, charGrams(text), dense);
	}

	/** VADER's score and the polarity lists' sums. */
	private Map<String, Double> scores(List<Token> tokens) {
		Map<String, Double> features = new HashMap<>();
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

	/** Character n-grams, each weighted 1 + log(count), the whole scaled to unit length. */
	private static Map<String, Double> charGrams(String text) {
		String t = TextTokens.open(text == null ? "" : text).toLowerCase(Locale.ROOT).replace("@user", "@");
		t = SentimentLexicon.stripAccents(LINK.matcher(t).replaceAll("U"));
		t = " " + SPACES.matcher(REPEAT.matcher(t).replaceAll("$1$1")).replaceAll(" ").strip() + " ";
		Map<String, Double> counts = new HashMap<>();
		for (int n = SHORTEST_GRAM; n <= LONGEST_GRAM; n++) {
			for (int i = 0; i + n <= t.length(); i++) {
				counts.merge(t.substring(i, i + n), 1.0, Double::sum);
			}
		}
		double norm = 0;
		for (Map.Entry<String, Double> e : counts.entrySet()) {
			e.setValue(1 + Math.log(e.getValue()));
			norm += e.getValue() * e.getValue();
		}
		double length = Math.sqrt(norm);
		counts.replaceAll((gram, v) -> v / length);
		return counts;
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
