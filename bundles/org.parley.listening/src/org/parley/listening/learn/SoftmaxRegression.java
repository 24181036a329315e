package org.parley.listening.learn;

import java.util.List;
import java.util.Random;

/**
 * Multinomial logistic regression over sparse vectors, trained by stochastic gradient descent with AdaGrad steps and
 * L2 regularisation. Deterministic: the same examples in the same order give the same model.
 */
public final class SoftmaxRegression {

	/** How training runs; {@link #DEFAULT} suits a few thousand short texts. */
	public record Settings(int epochs, double learningRate, double l2, long seed) {
		public static final Settings DEFAULT = new Settings(15, 0.05, 1e-3, 42);
	}

	private final int classes;
	private final int features;
	private final double[] weights;

	private SoftmaxRegression(int classes, int features) {
		this.classes = classes;
		this.features = features + 1;
		this.weights = new double[classes * this.features];
	}

	/**
	 * Trains on examples whose labels run from 0 to {@code classes - 1}.
	 *
	 * @param weights how much each example counts (1 for most; more for a user's correction)
	 */
	public static SoftmaxRegression train(List<SparseVector> xs, int[] labels, double[] weights, int classes,
			int features, Settings settings) {
		SoftmaxRegression model = new SoftmaxRegression(classes, features);
		double[] squares = new double[model.weights.length];
		int[] order = new int[xs.size()];
		for (int i = 0; i < order.length; i++) {
			order[i] = i;
		}
		Random random = new Random(settings.seed());
		double[] p = new double[classes];
		for (int epoch = 0; epoch < settings.epochs(); epoch++) {
			shuffle(order, random);
			for (int n : order) {
				SparseVector x = xs.get(n);
				model.probabilities(x, p);
				for (int c = 0; c < classes; c++) {
					double g = (p[c] - (labels[n] == c ? 1 : 0)) * weights[n];
					int row = c * model.features;
					for (int k = 0; k < x.indices().length; k++) {
						model.step(row + 1 + x.indices()[k], g * x.values()[k], squares, settings);
					}
					model.step(row, g, squares, settings);
				}
			}
		}
		return model;
	}

	private void step(int w, double gradient, double[] squares, Settings settings) {
		double g = gradient + settings.l2() * weights[w];
		squares[w] += g * g;
		weights[w] -= settings.learningRate() * g / (Math.sqrt(squares[w]) + 1e-8);
	}

	/** The probability of each class. */
	public double[] probabilities(SparseVector x) {
		double[] p = new double[classes];
		probabilities(x, p);
		return p;
	}

	private void probabilities(SparseVector x, double[] p) {
		double max = Double.NEGATIVE_INFINITY;
		for (int c = 0; c < classes; c++) {
			int row = c * features;
			double z = weights[row];
			int[] idx = x.indices();
			double[] val = x.values();
			for (int k = 0; k < idx.length; k++) {
				if (idx[k] < features - 1) {
					z += weights[row + 1 + idx[k]] * val[k];
				}
			}
			p[c] = z;
			max = Math.max(max, z);
		}
		double sum = 0;
		for (int c = 0; c < classes; c++) {
			p[c] = Math.exp(p[c] - max);
			sum += p[c];
		}
		for (int c = 0; c < classes; c++) {
			p[c] /= sum;
		}
	}

	private static void shuffle(int[] order, Random random) {
		for (int i = order.length - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			int t = order[i];
			order[i] = order[j];
			order[j] = t;
		}
	}
}
