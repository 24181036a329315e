package org.parley.listening.query;

import java.util.ArrayList;
import java.util.List;

/** One node of a parsed query: a boolean operator, a proximity test or the words it looks for. */
sealed interface QueryNode {

	boolean matches(TokenizedText text);

	/** Every operand matches. */
	record AllOf(List<QueryNode> operands) implements QueryNode {
		@Override
		public boolean matches(TokenizedText text) {
			for (QueryNode operand : operands) {
				if (!operand.matches(text)) {
					return false;
				}
			}
			return true;
		}
	}

	/** At least one operand matches. */
	record AnyOf(List<QueryNode> operands) implements QueryNode {
		@Override
		public boolean matches(TokenizedText text) {
			for (QueryNode operand : operands) {
				if (operand.matches(text)) {
					return true;
				}
			}
			return false;
		}
	}

	/** The operand does not match. */
	record Not(QueryNode operand) implements QueryNode {
		@Override
		public boolean matches(TokenizedText text) {
			return !operand.matches(text);
		}
	}

	/**
	 * Both sides occur at most {@code distance} words apart, in either order: with 2, "sky broadband outage" has
	 * {@code sky} and {@code outage} near, since {@code outage} is the second word after {@code sky}.
	 */
	record Near(Words left, Words right, int distance) implements QueryNode {
		@Override
		public boolean matches(TokenizedText text) {
			List<int[]> lefts = left.spans(text);
			if (lefts.isEmpty()) {
				return false;
			}
			for (int[] b : right.spans(text)) {
				for (int[] a : lefts) {
					int gap = a[0] <= b[0] ? b[0] - a[1] + 1 : a[0] - b[1] + 1;
					if (gap <= distance) {
						return true;
					}
				}
			}
			return false;
		}
	}

	/** Any of several word sequences: a term, a phrase, or a brand's name with its aliases and handles. */
	record Words(List<WordSequence> alternatives) implements QueryNode {

		@Override
		public boolean matches(TokenizedText text) {
			for (WordSequence alternative : alternatives) {
				WordPattern head = alternative.words().get(0);
				if (head.prefix()) {
					for (int i = 0; i < text.size(); i++) {
						if (alternative.matchAt(text, i) > 0) {
							return true;
						}
					}
				} else {
					for (int i = text.firstIndexOf(head.form()); i >= 0; i = text.nextIndexOf(i)) {
						if (alternative.matchAt(text, i) > 0) {
							return true;
						}
					}
				}
			}
			return false;
		}

		/** The longest alternative matched at {@code index}, in words, or 0. */
		int lengthAt(TokenizedText text, int index) {
			int longest = 0;
			for (WordSequence alternative : alternatives) {
				longest = Math.max(longest, alternative.matchAt(text, index));
			}
			return longest;
		}

		/** Every place the words occur, as {@code [first word, last word + 1]}. */
		List<int[]> spans(TokenizedText text) {
			List<int[]> spans = new ArrayList<>();
			for (int i = 0; i < text.size(); i++) {
				int length = lengthAt(text, i);
				if (length > 0) {
					spans.add(new int[] { i, i + length });
				}
			}
			return spans;
		}
	}
}
