package org.parley.listening.alert;

import java.util.ArrayList;
import java.util.List;

import org.parley.model.Topic;

/**
 * One topic's keywords, normalised like early warning's terms, to tell whether a text is about the topic. A keyword
 * matches where its words occur in a row ("no signal", "4g").
 */
public final class TopicKeywords {

	private final List<List<String>> keywords = new ArrayList<>();

	public TopicKeywords(Topic topic) {
		for (String keyword : topic.getKeywords()) {
			List<String> words = TextNormaliser.words(keyword);
			if (!words.isEmpty() && !keywords.contains(words)) {
				keywords.add(words);
			}
		}
	}

	/** How many of the topic's keywords occur in {@code words}. */
	public int hits(List<String> words) {
		int hits = 0;
		for (List<String> keyword : keywords) {
			if (occurs(keyword, words)) {
				hits++;
			}
		}
		return hits;
	}

	/** Whether a text's words hold one of the topic's keywords. */
	public boolean matches(List<String> words) {
		for (List<String> keyword : keywords) {
			if (occurs(keyword, words)) {
				return true;
			}
		}
		return false;
	}

	private static boolean occurs(List<String> keyword, List<String> words) {
		for (int i = 0; i + keyword.size() <= words.size(); i++) {
			if (words.subList(i, i + keyword.size()).equals(keyword)) {
				return true;
			}
		}
		return false;
	}
}
