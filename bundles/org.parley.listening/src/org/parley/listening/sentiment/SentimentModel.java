package org.parley.listening.sentiment;

import java.util.ArrayList;
import java.util.List;

import org.parley.listening.analyse.Polarity;
import org.parley.listening.analyse.Sentiment;
import org.parley.listening.learn.FeatureSpace;
import org.parley.listening.learn.SoftmaxRegression;
import org.parley.listening.learn.SparseVector;

/**
 * A sentiment classifier for one language, learnt from labelled texts: a multinomial logistic regression over
 * {@link SentimentFeatures}. The score is P(positive) − P(negative), so it runs from -1 to +1 and sits near 0 for
 * texts the model reads as neutral.
 */
public final class SentimentModel {

	/** How much a user's correction counts against one shipped tweet: they are few, and about this project. */
	public static final double CORRECTION_WEIGHT = 3;

	private static final Polarity[] CLASSES = { Polarity.NEGATIVE, Polarity.NEUTRAL, Polarity.POSITIVE };

	private final SentimentFeatures features;
	private final FeatureSpace space;
	private final SoftmaxRegression regression;

	private SentimentModel(SentimentFeatures features, FeatureSpace space, SoftmaxRegression regression) {
		this.features = features;
		this.space = space;
		this.regression = regression;
	}

	/** Trains on examples, then on corrections that count {@link #CORRECTION_WEIGHT} times as much. */
	public static SentimentModel train(SentimentLexicon lexicon, List<LabelledText> examples,
			List<LabelledText> corrections) {
		return train(lexicon, examples, corrections, SoftmaxRegression.Settings.DEFAULT);
	}

	/** Trains with other settings than the default, to compare them. */
	public static SentimentModel train(SentimentLexicon lexicon, List<LabelledText> examples,
			List<LabelledText> corrections, SoftmaxRegression.Settings settings) {
		SentimentFeatures features = new SentimentFeatures(lexicon);
		FeatureSpace space = new FeatureSpace();
		List<SparseVector> xs = new ArrayList<>();
		int n = examples.size() + corrections.size();
		int[] labels = new int[n];
		double[] weights = new double[n];
		int i = 0;
		for (LabelledText example : examples) {
			xs.add(space.vector(features.of(example.text())));
			labels[i] = classOf(example.polarity());
			weights[i++] = 1;
		}
		for (LabelledText correction : corrections) {
			xs.add(space.vector(features.of(correction.text())));
			labels[i] = classOf(correction.polarity());
			weights[i++] = CORRECTION_WEIGHT;
		}
		space.freeze();
		SoftmaxRegression regression = SoftmaxRegression.train(xs, labels, weights, CLASSES.length, space.size(),
				settings);
		return new SentimentModel(features, space, regression);
	}

	public Sentiment classify(String text) {
		double[] p = regression.probabilities(space.vector(features.of(text)));
		int best = 0;
		for (int c = 1; c < p.length; c++) {
			if (p[c] > p[best]) {
				best = c;
			}
		}
		return new Sentiment(CLASSES[best], p[2] - p[0]);
	}

	private static int classOf(Polarity polarity) {
		return switch (polarity) {
		case NEGATIVE -> 0;
		case NEUTRAL -> 1;
		case POSITIVE -> 2;
		};
	}
}
