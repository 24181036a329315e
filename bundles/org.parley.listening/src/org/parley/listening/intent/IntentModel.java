package org.parley.listening.intent;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.parley.listening.analyse.Intent;
import org.parley.listening.analyse.IntentKind;
import org.parley.listening.analyse.Obstacle;
import org.parley.listening.learn.FeatureSpace;
import org.parley.listening.learn.SoftmaxRegression;
import org.parley.listening.learn.SparseVector;

/**
 * Intent learnt from labelled posts (the examples the bundle ships, {@link IntentExamples}, and a project's
 * corrections): a logistic regression over words and word pairs whose classes are none, buy, churn and buy_blocked
 * with each obstacle. It only speaks where the patterns found nothing and it is confident, so that ways of saying
 * "I'm off" that no pattern foresaw are learnt from posts. It reads words with a plain character scan rather than
 * the sentiment tokeniser, since it runs on most posts and must cost little next to the patterns.
 */
public final class IntentModel {

	/** How sure the model must be of an intent before it overrides the patterns' none. */
	public static final double CONFIDENCE = 0.5;

	private static final int KINDS = 3;

	private final FeatureSpace space;
	private final SoftmaxRegression regression;

	private IntentModel(FeatureSpace space, SoftmaxRegression regression) {
		this.space = space;
		this.regression = regression;
	}

	/** How much a user's correction counts against one shipped example: they are few, and about this project. */
	public static final double CORRECTION_WEIGHT = 3;

	/** A model of the examples, or empty when they hold fewer than two intents to tell apart. */
	public static Optional<IntentModel> train(List<LabelledIntent> examples) {
		return train(examples, List.of());
	}

	/** A model of examples and of corrections that count {@link #CORRECTION_WEIGHT} times as much. */
	public static Optional<IntentModel> train(List<LabelledIntent> examples, List<LabelledIntent> corrections) {
		List<LabelledIntent> all = new ArrayList<>(examples);
		all.addAll(corrections);
		if (all.stream().map(e -> classOf(e.intent())).distinct().count() < 2) {
			return Optional.empty();
		}
		FeatureSpace space = new FeatureSpace();
		List<SparseVector> xs = new ArrayList<>();
		int[] labels = new int[all.size()];
		double[] weights = new double[all.size()];
		for (int i = 0; i < all.size(); i++) {
			xs.add(space.binary(features(all.get(i).text())));
			labels[i] = classOf(all.get(i).intent());
			weights[i] = i < examples.size() ? 1 : CORRECTION_WEIGHT;
		}
		space.freeze();
		return Optional.of(new IntentModel(space, SoftmaxRegression.train(xs, labels, weights,
				KINDS + Obstacle.values().length, space.size(), new SoftmaxRegression.Settings(30, 0.1, 1e-3, 42))));
	}

	/** The intent the model is confident of, if it is not none. */
	public Optional<Intent> confident(String text) {
		double[] p = regression.probabilities(space.binary(features(text)));
		int best = 0;
		for (int c = 1; c < p.length; c++) {
			if (p[c] > p[best]) {
				best = c;
			}
		}
		if (best == 0 || p[best] < CONFIDENCE) {
			return Optional.empty();
		}
		return Optional.of(intentOf(best));
	}

	/** The words of a text, lower case without accents, and its word pairs ({@code <s>} marks the start). */
	static Set<String> features(String text) {
		String t = text.toLowerCase(java.util.Locale.ROOT);
		if (!t.chars().allMatch(c -> c < 128)) {
			t = Normalizer.normalize(t, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
		}
		Set<String> features = new HashSet<>();
		String previous = "<s>";
		int start = -1;
		for (int i = 0; i <= t.length(); i++) {
			boolean letter = i < t.length() && Character.isLetterOrDigit(t.charAt(i));
			if (letter && start < 0) {
				start = i;
			} else if (!letter && start >= 0) {
				String word = t.substring(start, i);
				features.add(word);
				features.add(previous + "_" + word);
				previous = word;
				start = -1;
			}
		}
		return features;
	}

	private static int classOf(Intent intent) {
		return switch (intent.kind()) {
		case NONE -> 0;
		case BUY -> 1;
		case CHURN -> 2;
		case BUY_BLOCKED -> KINDS + intent.obstacle().ordinal();
		};
	}

	private static Intent intentOf(int c) {
		return switch (c) {
		case 0 -> Intent.NONE;
		case 1 -> new Intent(IntentKind.BUY, null);
		case 2 -> new Intent(IntentKind.CHURN, null);
		default -> new Intent(IntentKind.BUY_BLOCKED, Obstacle.values()[c - KINDS]);
		};
	}
}
