package org.parley.listening.alert;

import java.util.ArrayList;
import java.util.List;

import org.parley.model.ConversationCell;
import org.parley.model.Topic;

/**
 * A conversation cell's topic keywords, normalised like early warning's terms, to tell whether a term or a text
 * is about the cell. A keyword matches where its words occur in a row ("no signal", "4g").
 */
public final class CellTopics {

	private final ConversationCell cell;
	/** Per topic, its keywords' words. */
	private final List<List<List<String>>> topics = new ArrayList<>();

	public CellTopics(ConversationCell cell) {
		this.cell = cell;
		for (Topic topic : cell.getTopics()) {
			List<List<String>> keywords = new ArrayList<>();
			for (String keyword : topic.getKeywords()) {
				List<String> words = TextNormaliser.words(keyword);
				if (!words.isEmpty() && !keywords.contains(words)) {
					keywords.add(words);
				}
			}
			topics.add(keywords);
		}
	}

	public ConversationCell cell() {
		return cell;
	}

	/**
	 * How well the cell's best topic fits: ten points per keyword of that topic in the term, one per keyword in each
	 * example; 0 when no topic has a keyword there.
	 */
	public int score(List<String> termWords, List<List<String>> examples) {
		int best = 0;
		for (List<List<String>> keywords : topics) {
			int score = 10 * hits(keywords, termWords);
			for (List<String> example : examples) {
				score += hits(keywords, example);
			}
			best = Math.max(best, score);
		}
		return best;
	}

	/** Whether a text holds a keyword of one of the cell's topics. */
	public boolean matches(List<String> words) {
		for (List<List<String>> keywords : topics) {
			if (hits(keywords, words) > 0) {
				return true;
			}
		}
		return false;
	}

	private static int hits(List<List<String>> keywords, List<String> words) {
		int hits = 0;
		for (List<String> keyword : keywords) {
			if (occurs(keyword, words)) {
				hits++;
			}
		}
		return hits;
	}

	/** "team / customer group", as reports and alerts name a cell. */
	public static String label(ConversationCell cell) {
		String team = cell.getTeam() == null ? "?" : cell.getTeam().getName();
		String group = cell.getCustomerGroup() == null ? "?" : cell.getCustomerGroup().getName();
		return team + " / " + group;
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
