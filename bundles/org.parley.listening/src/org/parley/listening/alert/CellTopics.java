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
	private final List<TopicKeywords> topics = new ArrayList<>();

	public CellTopics(ConversationCell cell) {
		this.cell = cell;
		for (Topic topic : cell.getTopics()) {
			topics.add(new TopicKeywords(topic));
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
		for (TopicKeywords keywords : topics) {
			int score = 10 * keywords.hits(termWords);
			for (List<String> example : examples) {
				score += keywords.hits(example);
			}
			best = Math.max(best, score);
		}
		return best;
	}

	/** Whether a text holds a keyword of one of the cell's topics. */
	public boolean matches(List<String> words) {
		for (TopicKeywords keywords : topics) {
			if (keywords.matches(words)) {
				return true;
			}
		}
		return false;
	}

	/** "team / customer group", as reports and alerts name a cell. */
	public static String label(ConversationCell cell) {
		String team = cell.getTeam() == null ? "?" : cell.getTeam().getName();
		String group = cell.getCustomerGroup() == null ? "?" : cell.getCustomerGroup().getName();
		return team + " / " + group;
	}
}
