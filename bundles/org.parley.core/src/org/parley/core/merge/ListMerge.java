package org.parley.core.merge;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Three-way merges of lists of keys, for lists whose elements are unique: our list, less what they removed, plus what
 * they added, each addition after the element it follows on their side.
 */
final class ListMerge {

	private ListMerge() {
	}

	/** Both sides' additions and removals; our order for the elements both lists keep. */
	static <T> List<T> merge(List<T> base, List<T> ours, List<T> theirs) {
		Set<T> baseSet = new HashSet<>(base);
		Set<T> theirSet = new HashSet<>(theirs);
		List<T> result = new ArrayList<>();
		for (T element : ours) {
			// Their removal wins over our keeping; an element we added stays.
			if (!baseSet.contains(element) || theirSet.contains(element)) {
				result.add(element);
			}
		}
		Set<T> present = new LinkedHashSet<>(result);
		for (int i = 0; i < theirs.size(); i++) {
			T element = theirs.get(i);
			if (!baseSet.contains(element) && present.add(element)) {
				int at = positionAfter(result, theirs, i);
				// Where both sides added after the same element, ours come first, as in Git's conflict hunks.
				while (at < result.size() && !baseSet.contains(result.get(at)) && !theirSet.contains(result.get(at))) {
					at++;
				}
				result.add(at, element);
			}
		}
		return result;
	}

	/**
	 * Our order changed to theirs for the elements they kept in a new order; our own additions stay after the element
	 * they followed on our side.
	 */
	static <T> List<T> reorder(List<T> ours, List<T> theirs) {
		Set<T> ourSet = new HashSet<>(ours);
		List<T> result = new ArrayList<>();
		for (T element : theirs) {
			if (ourSet.contains(element)) {
				result.add(element);
			}
		}
		Set<T> placed = new HashSet<>(result);
		for (int i = 0; i < ours.size(); i++) {
			T element = ours.get(i);
			if (placed.add(element)) {
				result.add(positionAfter(result, ours, i), element);
			}
		}
		return result;
	}

	/** Whether two lists order their common elements the same way. */
	static <T> boolean sameOrder(List<T> a, List<T> b) {
		Set<T> inA = new HashSet<>(a);
		Set<T> inB = new HashSet<>(b);
		List<T> commonA = new ArrayList<>();
		for (T element : a) {
			if (inB.contains(element)) {
				commonA.add(element);
			}
		}
		List<T> commonB = new ArrayList<>();
		for (T element : b) {
			if (inA.contains(element)) {
				commonB.add(element);
			}
		}
		return commonA.equals(commonB);
	}

	/** The index in {@code result} right after the nearest element before {@code source[index]} that it holds. */
	private static <T> int positionAfter(List<T> result, List<T> source, int index) {
		for (int i = index - 1; i >= 0; i--) {
			int at = result.indexOf(source.get(i));
			if (at >= 0) {
				return at + 1;
			}
		}
		return 0;
	}
}
