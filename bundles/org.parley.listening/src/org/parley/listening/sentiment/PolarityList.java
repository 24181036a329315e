package org.parley.listening.sentiment;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A second opinion on words' polarity from another lexicon than VADER (Pattern's adjectives, AFINN in French),
 * shipped beside this class as {@code word<TAB>polarity} lines. Words are looked up lower case without accents; a
 * negator among the three words before one flips and weakens it.
 */
final class PolarityList {

	private static final double NEGATION = -0.7;
	private static final int NEGATION_REACH = 3;

	private final String name;
	private final Map<String, Double> polarities = new HashMap<>();

	private PolarityList(String name) {
		this.name = name;
	}

	/** The positive and negative sums over a text's words, each as a positive number. */
	record Sums(double positive, double negative) {
	}

	/** The lists shipped for {@code en} or {@code fr}. */
	static List<PolarityList> of(String lang) {
		return lang.equals("fr") ? FrenchLists.LISTS : EnglishLists.LISTS;
	}

	/** A short name for the features this list gives. */
	String name() {
		return name;
	}

	Sums sums(List<Token> tokens, Set<String> negators) {
		double positive = 0;
		double negative = 0;
		int negatedFor = 0;
		for (Token t : tokens) {
			if (!t.isWord()) {
				negatedFor = 0;
				continue;
			}
			Double v = polarities.get(t.plain());
			if (v != null) {
				double x = negatedFor > 0 ? NEGATION * v : v;
				positive += Math.max(0, x);
				negative += Math.max(0, -x);
			}
			negatedFor = negators.contains(t.norm()) ? NEGATION_REACH : Math.max(0, negatedFor - 1);
		}
		return new Sums(positive, negative);
	}

	private static PolarityList load(String name, String resource) {
		PolarityList list = new PolarityList(name);
		SentimentLexicon.read(resource, line -> line.split("\t", 2),
				(word, polarity) -> list.polarities.put(SentimentLexicon.stripAccents(word.toLowerCase(Locale.ROOT)), polarity));
		return list;
	}

	/** Loaded the first time French is scored. */
	private static final class FrenchLists {
		static final List<PolarityList> LISTS = List.of(load("pattern", "pattern/fr.txt"),
				load("afinn", "afinn-fr/afinn-fr.txt"));
	}

	/** Loaded the first time English is scored. */
	private static final class EnglishLists {
		static final List<PolarityList> LISTS = List.of(load("pattern", "pattern/en.txt"));
	}
}
