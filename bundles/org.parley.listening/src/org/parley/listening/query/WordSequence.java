package org.parley.listening.query;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Words that must follow each other in a text: one query term, or the words of a phrase. */
record WordSequence(List<WordPattern> words) {

	WordSequence {
		words = List.copyOf(words);
	}

	/** The number of words matched at {@code index}, or 0 when the sequence does not start there. */
	int matchAt(TokenizedText text, int index) {
		if (index + words.size() > text.size()) {
			return 0;
		}
		for (int i = 0; i < words.size(); i++) {
			if (!words.get(i).matches(text, index + i)) {
				return 0;
			}
		}
		return words.size();
	}

	/**
	 * The same words written as one, as in a hashtag or handle: "Virgin Media" is also {@code @VirginMedia}. Null
	 * for a single word or a sequence with a prefix or a kind, which have no such spelling.
	 */
	WordSequence joined() {
		if (words.size() < 2 || words.stream().anyMatch(word -> word.prefix() || word.kind() != null)) {
			return null;
		}
		String form = words.stream().map(WordPattern::form).collect(Collectors.joining());
		return new WordSequence(List.of(new WordPattern(form, false, null)));
	}

	/** The key under which brand names are looked up: the folded forms joined by spaces. */
	String key() {
		List<String> forms = new ArrayList<>();
		words.forEach(word -> forms.add(word.toString()));
		return String.join(" ", forms);
	}

	@Override
	public String toString() {
		return words.size() == 1 ? key() : "\"" + key() + "\"";
	}
}
