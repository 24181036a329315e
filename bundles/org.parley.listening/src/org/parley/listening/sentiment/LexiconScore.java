package org.parley.listening.sentiment;

/**
 * What the lexicon rules make of a text.
 *
 * @param compound VADER's normalised sum, -1 … +1
 * @param positive the sum of the positive valences after the rules
 * @param negative the sum of the negative valences after the rules, as a positive number
 * @param hits how many tokens or phrases carried a valence
 */
public record LexiconScore(double compound, double positive, double negative, int hits) {
}
