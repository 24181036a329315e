package org.parley.listening.learn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One logistic regression per class against the others over sparse features scaled by their naive-Bayes log-count
 * ratio for that class (NBSVM, Wang and Manning 2012, with logistic rather than hinge loss), plus dense features left
 * as they are; the classes' log-odds are turned into probabilities with a softmax. On a couple of thousand short
 * texts this weighting lets rare but telling words count, where a plain regression spreads their weight thin.
 */
public final class LogCountRatioRegression {

	/** The add-one smoothing of the counts. */
	private static final double ALPHA = 1;

	/** Per feature, what one unit of it adds to each class's log-odds: the ratio folded into the learnt weight. */
	private final Map<String, double[]> sparseWeights = new HashMap<>();
	private final Map<String, double[]> denseWeights = new HashMap<>();
	private final double[] biases;

	private LogCountRatioRegression(int classes) {
		this.biases = new double[classes];
	}

	/**
	 * Trains on examples whose labels run from 0 to {@code classes - 1}.
	 *
	 * @param sparse each example's features weighted by the ratios (counted as present or not)
	 * @param dense each example's features used as they are
	 * @param weights how much each example counts
	 */
	public static LogCountRatioRegression train(List<Map<String, Double>> sparse, List<Map<String, Double>> dense,
			int[] labels, double[] weights, int classes, SoftmaxRegression.Settings settings) {
		Map<String, double[]> ratios = ratios(sparse, labels, weights, classes);
		LogCountRatioRegression model = new LogCountRatioRegression(classes);
		for (int c = 0; c < classes; c++) {
			FeatureSpace space = new FeatureSpace();
			List<SparseVector> xs = new ArrayList<>();
			int[] isClass = new int[labels.length];
			for (int i = 0; i < labels.length; i++) {
				xs.add(space.vector(scaled(sparse.get(i), dense.get(i), ratios, c)));
				isClass[i] = labels[i] == c ? 1 : 0;
			}
			space.freeze();
			SoftmaxRegression regression = SoftmaxRegression.train(xs, isClass, weights, 2, space.size(), settings);
			model.biases[c] = regression.weight(1, -1) - regression.weight(0, -1);
			for (Map<String, Double> d : dense) {
				d.keySet().forEach(f -> model.denseWeights.computeIfAbsent(f, k -> new double[classes]));
			}
			for (Map.Entry<String, double[]> e : model.denseWeights.entrySet()) {
				int i = space.indexOf(e.getKey());
				e.getValue()[c] = i < 0 ? 0 : regression.weight(1, i) - regression.weight(0, i);
			}
			for (Map.Entry<String, double[]> e : ratios.entrySet()) {
				int i = space.indexOf(e.getKey());
				double w = i < 0 ? 0 : regression.weight(1, i) - regression.weight(0, i);
				model.sparseWeights.computeIfAbsent(e.getKey(), k -> new double[classes])[c] = w * e.getValue()[c];
			}
		}
		return model;
	}

	/** The probability of each class. */
	public double[] probabilities(Map<String, Double> sparse, Map<String, Double> dense) {
		double[] z = biases.clone();
		add(sparse, sparseWeights, z);
		add(dense, denseWeights, z);
		double max = Double.NEGATIVE_INFINITY;
		for (double v : z) {
			max = Math.max(max, v);
		}
		double sum = 0;
		for (int c = 0; c < z.length; c++) {
			z[c] = Math.exp(z[c] - max);
			sum += z[c];
		}
		for (int c = 0; c < z.length; c++) {
			z[c] /= sum;
		}
		return z;
	}

	private static void add(Map<String, Double> features, Map<String, double[]> weights, double[] z) {
		features.forEach((feature, value) -> {
			double[] w = weights.get(feature);
			if (w != null) {
				for (int c = 0; c < z.length; c++) {
					z[c] += w[c] * value;
				}
			}
		});
	}

	/** log(P(feature | class) / P(feature | other classes)) per class, from weighted presence counts. */
	private static Map<String, double[]> ratios(List<Map<String, Double>> sparse, int[] labels, double[] weights,
			int classes) {
		Map<String, double[]> counts = new HashMap<>();
		double[] perClass = new double[classes];
		for (int i = 0; i < labels.length; i++) {
			perClass[labels[i]] += weights[i];
			for (String feature : sparse.get(i).keySet()) {
				counts.computeIfAbsent(feature, f -> new double[classes])[labels[i]] += weights[i];
			}
		}
		double total = 0;
		for (double n : perClass) {
			total += n;
		}
		Map<String, double[]> ratios = new HashMap<>();
		for (Map.Entry<String, double[]> e : counts.entrySet()) {
			double[] count = e.getValue();
			double all = 0;
			for (double n : count) {
				all += n;
			}
			double[] r = new double[classes];
			for (int c = 0; c < classes; c++) {
				r[c] = Math.log((count[c] + ALPHA) / (perClass[c] + 2 * ALPHA))
						- Math.log((all - count[c] + ALPHA) / (total - perClass[c] + 2 * ALPHA));
			}
			ratios.put(e.getKey(), r);
		}
		return ratios;
	}

	private static Map<String, Double> scaled(Map<String, Double> sparse, Map<String, Double> dense,
			Map<String, double[]> ratios, int c) {
		Map<String, Double> out = new HashMap<>(dense);
		sparse.forEach((feature, value) -> {
			double[] r = ratios.get(feature);
			if (r != null) {
				out.put(feature, value * r[c]);
			}
		});
		return out;
	}
}
