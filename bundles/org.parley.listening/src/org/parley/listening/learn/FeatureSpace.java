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

	/**
	 * A vector of the given named values; names repeated add up, unknown names of a frozen space are dropped. Numbers
	 * the names in the map's order and sums in it, as a map of boxed indices did, without the boxing (every
	 * classification asks).
	 */
	public SparseVector vector(Map<String, Double> values) {
		// index in the high half, place in the map in the low half: sorted, equal indices keep the map's order
		long[] order = new long[values.size()];
		double[] given = new double[values.size()];
		int n = 0;
		for (Map.Entry<String, Double> entry : values.entrySet()) {
			int i = indexOf(entry.getKey());
			if (i >= 0) {
				order[n] = (long) i << 32 | n;
				given[n++] = entry.getValue();
			}
		}
		Arrays.sort(order, 0, n);
		int[] indices = new int[n];
		double[] sums = new double[n];
		int m = 0;
		for (int k = 0; k < n; k++) {
			int index = (int) (order[k] >>> 32);
			double value = given[(int) order[k]];
			if (m > 0 && indices[m - 1] == index) {
				sums[m - 1] += value;
			} else {
				indices[m] = index;
				sums[m++] = value;
			}
		}
		return new SparseVector(m == n ? indices : Arrays.copyOf(indices, m), m == n ? sums : Arrays.copyOf(sums, m));
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
		Arrays.sort(found, 0, n);
		int distinct = 0;
		for (int k = 0; k < n; k++) {
			if (distinct == 0 || found[distinct - 1] != found[k]) {
				found[distinct++] = found[k];
			}
		}
		int[] indices = Arrays.copyOf(found, distinct);
		double[] values = new double[indices.length];
		Arrays.fill(values, indices.length == 0 ? 0 : 1 / Math.sqrt(indices.length));
		return new SparseVector(indices, values);
	}
}
