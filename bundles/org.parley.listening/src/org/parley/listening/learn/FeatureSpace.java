package org.parley.listening.learn;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Numbers features by name. While a model trains the space grows; once frozen, features never seen in training are
 * dropped, since the model has no weight for them anyway.
 */
public final class FeatureSpace {

	private final Map<String, Integer> index = new HashMap<>();
	private boolean frozen;

	/** The feature's number, or -1 when the space is frozen and does not know it. */
	public int indexOf(String feature) {
		Integer i = index.get(feature);
		if (i != null) {
			return i;
		}
		if (frozen) {
			return -1;
		}
		int next = index.size();
		index.put(feature, next);
		return next;
	}

	public int size() {
		return index.size();
	}

	public void freeze() {
		frozen = true;
	}

	/** A vector of the given named values; names repeated add up, unknown names of a frozen space are dropped. */
	public SparseVector vector(Map<String, Double> values) {
		Map<Integer, Double> byIndex = new HashMap<>();
		values.forEach((name, value) -> {
			int i = indexOf(name);
			if (i >= 0) {
				byIndex.merge(i, value, Double::sum);
			}
		});
		return SparseVector.of(byIndex);
	}

	/**
	 * A vector of binary features, each {@code 1/sqrt(n)} for the n distinct names the space knows, so that long texts
	 * do not outweigh short ones; cheaper than {@link #vector(Map)} for texts cut into words.
	 */
	public SparseVector binary(Collection<String> names) {
		int[] found = new int[names.size()];
		int n = 0;
		for (String name : names) {
			int i = indexOf(name);
			if (i >= 0) {
				found[n++] = i;
			}
		}
		int[] indices = Arrays.stream(found, 0, n).sorted().distinct().toArray();
		double[] values = new double[indices.length];
		Arrays.fill(values, indices.length == 0 ? 0 : 1 / Math.sqrt(indices.length));
		return new SparseVector(indices, values);
	}
}
