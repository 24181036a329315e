package org.parley.listening.learn;

import java.util.Arrays;
import java.util.Map;

/** A feature vector that stores only its non-zero entries, indices ascending. */
public record SparseVector(int[] indices, double[] values) {

	public static SparseVector of(Map<Integer, Double> entries) {
		int[] indices = entries.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
		double[] values = Arrays.stream(indices).mapToDouble(entries::get).toArray();
		return new SparseVector(indices, values);
	}

	/** The dot product with a dense weight row. */
	public double dot(double[] weights, int offset) {
		double sum = 0;
		for (int k = 0; k < indices.length; k++) {
			if (indices[k] < weights.length - offset) {
				sum += weights[offset + indices[k]] * values[k];
			}
		}
		return sum;
	}
}
