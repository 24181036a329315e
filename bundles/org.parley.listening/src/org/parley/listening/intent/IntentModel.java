package org.parley.listening.intent;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.parley.listening.analyse.Intent;
import org.parley.listening.analyse.IntentKind;
import org.parley.listening.analyse.Obstacle;
import org.parley.listening.learn.FeatureSpace;
import org.parley.listening.learn.SoftmaxRegression;
import org.parley.listening.learn.SparseVector;
import org.parley.listening.sentiment.TextTokens;
import org.parley.listening.sentiment.Token;

/**
 * Intent learnt from a project's corrections: a logistic regression over words and word pairs whose classes are
 * none, buy, churn and buy_blocked with each obstacle. It only speaks where the patterns found nothing and it is
 * confident, so that a team's own way of saying "I'm off" is learnt from the posts they corrected.
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

	/** A model of the examples, or empty when they hold fewer than two intents to tell apart. */
	public static Optional<IntentModel> train(List<LabelledIntent> examples) {
		if (examples.stream().map(e -> classOf(e.intent())).distinct().count() < 2) {
			return Optional.empty();
		}
		FeatureSpace space = new FeatureSpace();
		List<SparseVector> xs = new ArrayList<>();
		int[] labels = new int[examples.size()];
		double[] weights = new double[examples.size()];
		for (int i = 0; i < examples.size(); i++) {
			xs.add(space.vector(features(examples.get(i).text())));
			labels[i] = classOf(examples.get(i).intent());
			weights[i] = 1;
		}
		space.freeze();
		return Optional.of(new IntentModel(space, SoftmaxRegression.train(xs, labels, weights,
				KINDS + Obstacle.values().length, space.size(), new SoftmaxRegression.Settings(30, 0.1, 1e-3, 42))));
	}

	/** The intent the model is confident of, if it is not none. */
	public Optional<Intent> confident(String text) {
		double[] p = regression.probabilities(space.vector(features(text)));
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

	private static Map<String, Double> features(String text) {
		Map<String, Double> features = new HashMap<>();
		String previous = "<s>";
		for (Token t : TextTokens.of(text)) {
			if (!t.isWord()) {
				previous = "<p>";
				continue;
			}
			features.put("w:" + t.plain(), 1.0);
			features.put("b:" + previous + "_" + t.plain(), 1.0);
			previous = t.plain();
		}
		double norm = Math.sqrt(Math.max(1, features.size()));
		features.replaceAll((k, v) -> v / norm);
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
