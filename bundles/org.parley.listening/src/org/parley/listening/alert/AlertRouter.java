package org.parley.listening.alert;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.parley.model.Channel;
import org.parley.model.ConversationCell;
import org.parley.model.Plan;
import org.parley.model.Priority;

/**
 * Chooses the conversation cell whose team should hear about a rising term. The rule, in order:
 * <ol>
 * <li><b>By topic.</b> Each of a cell's topics scores ten points per keyword found in the term and one per keyword
 * found in each example post; a cell is worth its best topic (so owning many loosely related topics does not
 * win), and the best cell wins if it scores above zero. Ties go to the cell with a channel in the examples'
 * language, then to the higher {@link Priority}, then to the first in the matrix.</li>
 * <li><b>By brand.</b> Failing a topic, the cells with a channel of the alert's brand, by the same tie-breaks.</li>
 * <li>Otherwise no cell: the alert is shown unrouted.</li>
 * </ol>
 * So "panne 4g" goes to the cell owning the outage and network topics, and among those to the French-speaking one
 * when the posts are French.
 */
public final class AlertRouter {

	/** A cell chosen, and why. */
	public record Route(ConversationCell cell, String rule) {
	}

	private final List<CellTopics> cells = new ArrayList<>();

	public AlertRouter(Plan plan) {
		if (plan != null && plan.getMatrix() != null) {
			plan.getMatrix().getCells().forEach(cell -> cells.add(new CellTopics(cell)));
		}
	}

	/**
	 * @param examples the texts of a few posts that say the term
	 * @param lang the examples' usual language, or null
	 * @param brand the brand most named with the term, or null
	 * @return null when no cell fits
	 */
	public Route route(String term, List<String> examples, String lang, String brand) {
		List<String> termWords = List.of(term.split(" "));
		List<List<String>> exampleWords = examples.stream().map(TextNormaliser::words).toList();
		CellTopics best = null;
		int bestScore = 0;
		for (CellTopics cell : ordered(lang)) {
			int score = cell.score(termWords, exampleWords);
			if (score > bestScore) {
				best = cell;
				bestScore = score;
			}
		}
		if (best != null) {
			return new Route(best.cell(), "topic");
		}
		if (brand != null) {
			for (CellTopics cell : ordered(lang)) {
				for (Channel channel : cell.cell().getChannels()) {
					if (channel.getBrand() != null && brand.equals(channel.getBrand().getName())) {
						return new Route(cell.cell(), "brand");
					}
				}
			}
		}
		return null;
	}

	/** Cells in tie-break order: speaking the language first, then by priority, then matrix order. */
	private List<CellTopics> ordered(String lang) {
		List<CellTopics> ordered = new ArrayList<>(cells);
		ordered.sort(Comparator.comparing((CellTopics c) -> speaks(c.cell(), lang) ? 0 : 1)
				.thenComparing(c -> -priority(c.cell())));
		return ordered;
	}

	private static boolean speaks(ConversationCell cell, String lang) {
		if (lang == null) {
			return false;
		}
		for (Channel channel : cell.getChannels()) {
			if (channel.getLanguage() != null && channel.getLanguage().toLowerCase().startsWith(lang)) {
				return true;
			}
		}
		return false;
	}

	private static int priority(ConversationCell cell) {
		return cell.getPriority() == null ? 0 : cell.getPriority().getValue();
	}
}
