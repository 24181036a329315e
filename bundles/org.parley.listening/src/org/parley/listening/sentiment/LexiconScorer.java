package org.parley.listening.sentiment;

import java.util.List;

/**
 * Scores a text with a {@link SentimentLexicon} and VADER's rules: negation within three words flips and weakens a
 * valence ("pas content", "not good"); boosters and dampeners before a word change its strength ("très", "so",
 * "un peu"); capitals, lengthened words ("nuuul") and exclamation marks add emphasis; after a contrast word
 * ("mais", "but") the second clause counts three times as much as the first. Phrases ("pas mal", "no signal") are
 * matched first and never negated.
 */
public final class LexiconScorer {

	private static final double NEGATION = -0.74;
	private static final double SHOUT = 0.733;
	private static final double LENGTHENED = 0.5;
	private static final double EXCLAMATION = 0.292;
	private static final double ALPHA = 15;

	private final SentimentLexicon lexicon;

	public LexiconScorer(SentimentLexicon lexicon) {
		this.lexicon = lexicon;
	}

	public LexiconScore score(String text) {
		return score(TextTokens.of(text));
	}

	public LexiconScore score(List<Token> tokens) {
		double[] valences = new double[tokens.size()];
		int hits = 0;
		for (int i = 0; i < tokens.size(); i++) {
			double[] phrase = lexicon.phraseAt(tokens, i);
			if (phrase != null) {
				valences[i] = emphasised(tokens.get(i), phrase[1]) + boost(tokens, i, phrase[1]);
				hits++;
				i += (int) phrase[0] - 1;
				continue;
			}
			Token token = tokens.get(i);
			double v = lexicon.valence(token);
			if (v == 0 || lexicon.cues().negators().contains(token.norm())
					|| lexicon.cues().boosters().containsKey(token.norm())) {
				continue;
			}
			hits++;
			v = emphasised(token, v) + boost(tokens, i, v);
			if (negated(tokens, i) && !lexicon.neverNegated(token)) {
				v *= NEGATION;
			}
			valences[i] = v;
		}
		weighContrast(tokens, valences);
		double sum = 0;
		double positive = 0;
		double negative = 0;
		int exclamations = 0;
		for (int i = 0; i < tokens.size(); i++) {
			sum += valences[i];
			positive += Math.max(0, valences[i]);
			negative += Math.max(0, -valences[i]);
			if (tokens.get(i).kind() == Token.Kind.EXCLAMATION) {
				exclamations += tokens.get(i).raw().length();
			}
		}
		if (sum != 0) {
			sum += Math.signum(sum) * EXCLAMATION * Math.min(exclamations, 4);
		}
		return new LexiconScore(sum / Math.sqrt(sum * sum + ALPHA), positive, negative, hits);
	}

	private static double emphasised(Token token, double v) {
		double extra = (token.shouted() ? SHOUT : 0) + (token.lengthened() ? LENGTHENED : 0);
		return v + Math.signum(v) * extra;
	}

	/** What the boosters and dampeners among the three words before {@code at} add to valence {@code v}. */
	private double boost(List<Token> tokens, int at, double v) {
		double added = 0;
		int distance = 0;
		for (int i = at - 1; i >= 0 && distance < 3; i--) {
			Token t = tokens.get(i);
			if (!t.isWord()) {
				break;
			}
			distance++;
			Double b = lexicon.cues().boosters().get(t.norm());
			if (b != null) {
				double scaled = b * (1 - 0.05 * (distance - 1));
				added += Math.signum(v) * (t.shouted() ? scaled + Math.copySign(SHOUT, scaled) : scaled);
			}
		}
		return added;
	}

	/** Whether a negator stands among the three words before {@code at}, within its clause. */
	private boolean negated(List<Token> tokens, int at) {
		int distance = 0;
		for (int i = at - 1; i >= 0 && distance < 3; i--) {
			Token t = tokens.get(i);
			if (!t.isWord()) {
				return false;
			}
			distance++;
			if (lexicon.cues().negators().contains(t.norm())) {
				return true;
			}
		}
		return false;
	}

	/** Halves what comes before the last contrast word and adds half again to what follows it. */
	private void weighContrast(List<Token> tokens, double[] valences) {
		int contrast = -1;
		for (int i = 0; i < tokens.size(); i++) {
			if (lexicon.cues().contrasts().contains(tokens.get(i).norm())) {
				contrast = i;
			}
		}
		if (contrast < 0) {
			return;
		}
		for (int i = 0; i < valences.length; i++) {
			valences[i] *= i < contrast ? 0.5 : 1.5;
		}
	}
}
