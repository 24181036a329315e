package org.parley.listening.learn;

import java.util.Locale;

/**
 * A confusion matrix over labels 0 … n-1 and what is read from it: accuracy, and macro-F1 (the mean of the
 * classes' F1, so a rare class counts as much as a frequent one).
 */
public final class ClassificationScore {

	private final int[][] counts;
	private int total;

	public ClassificationScore(int classes) {
		this.counts = new int[classes][classes];
	}

	public void add(int expected, int actual) {
		counts[expected][actual]++;
		total++;
	}

	public int total() {
		return total;
	}

	public double accuracy() {
		int right = 0;
		for (int c = 0; c < counts.length; c++) {
			right += counts[c][c];
		}
		return total == 0 ? 0 : (double) right / total;
	}

	/** The F1 of one class; 0 when it was neither expected nor predicted right. */
	public double f1(int c) {
		int predicted = 0;
		int expected = 0;
		for (int k = 0; k < counts.length; k++) {
			predicted += counts[k][c];
			expected += counts[c][k];
		}
		return predicted + expected == 0 ? 0 : 2.0 * counts[c][c] / (predicted + expected);
	}

	/** The mean F1 over the classes that occur in the expected labels. */
	public double macroF1() {
		double sum = 0;
		int present = 0;
		for (int c = 0; c < counts.length; c++) {
			int expected = 0;
			for (int k = 0; k < counts.length; k++) {
				expected += counts[c][k];
			}
			if (expected > 0) {
				sum += f1(c);
				present++;
			}
		}
		return present == 0 ? 0 : sum / present;
	}

	@Override
	public String toString() {
		return String.format(Locale.ROOT, "n=%d accuracy=%.3f macroF1=%.3f", total, accuracy(), macroF1());
	}
}
