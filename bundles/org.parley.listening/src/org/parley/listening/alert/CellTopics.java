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
	private final List<List<String>> keywords = new ArrayList<>();

	public CellTopics(ConversationCell cell) {
		this.cell = cell;
		for (Topic topic : cell.getTopics()) {
			for (String keyword : topic.getKeywords()) {
				List<String> words = TextNormaliser.words(keyword);
				if (!words.isEmpty() && !keywords.contains(words)) {
					keywords.add(words);
				}
			}
		}
	}

	public ConversationCell cell() {
		return cell;
	}

	/** How many of the cell's keywords occur in these words. */
	public int hits(List<String> words) {
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
