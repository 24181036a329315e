package org.parley.core.merge;

import java.util.ArrayList;
import java.util.List;

/**
 * Three-way merge of a list whose elements are unique (object keys, tags, languages): removals of either side
 * apply, additions of either side are kept, and an element added by theirs goes after the element that precedes it
 * on their side. Where both sides reordered, our order wins; this never needs the user to decide.
 */
final class ListMerge {

	private ListMerge() {
	}

	static <T> List<T> merge(List<T> base, List<T> ours, List<T> theirs) {
		List<T> merged = new ArrayList<>(ours);
		for (T element : base) {
			if (!theirs.contains(element)) {
				merged.remove(element);
			}
		}
		for (int index = 0; index < theirs.size(); index++) {
			T element = theirs.get(index);
			if (!base.contains(element) && !merged.contains(element)) {
				int position = positionAfterPredecessor(merged, theirs, index);
				// Where both sides inserted at the same place, ours come first, as in a text merge.
				while (position < merged.size() && !base.contains(merged.get(position))
						&& !theirs.contains(merged.get(position))) {
					position++;
				}
				merged.add(position, element);
			}
		}
		return merged;
	}

	/** @return the index just after the nearest element before {@code index} in {@code side} that is merged */
	static <T> int positionAfterPredecessor(List<T> merged, List<T> side, int index) {
		for (int before = index - 1; before >= 0; before--) {
			int found = merged.indexOf(side.get(before));
			if (found >= 0) {
				return found + 1;
			}
		}
		return 0;
	}
}
