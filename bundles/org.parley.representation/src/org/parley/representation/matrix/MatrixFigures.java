package org.parley.representation.matrix;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.parley.listening.alert.Alert;
import org.parley.listening.analyse.AnalysisStore;
import org.parley.listening.analyse.MentionAnalysis;
import org.parley.listening.report.CellHeat;
import org.parley.listening.report.CellTally;
import org.parley.listening.report.ProjectReport;
import org.parley.listening.store.Mention;
import org.parley.listening.store.MentionStore;
import org.parley.model.ContentItem;
import org.parley.model.ConversationCell;
import org.parley.model.Plan;
import org.parley.model.Schedule;

/**
 * The {@link CellFigures} of every cell of a plan, from the project's mentions, their analyses and the alerts open
 * at the newest mention (as the listening report counts them), and from the plan's content items. Computed once;
 * the figures of a cell created later are {@link CellFigures#NONE} until the next computation, but its planned
 * items are counted from the plan on each call, so editing the plan never shows stale plan counts.
 */
public final class MatrixFigures {

	/** No listening data: only planned items count. */
	public static final MatrixFigures EMPTY = new MatrixFigures(Map.of(), null, Map.of(), Map.of(), 0);

	private final Map<String, CellFigures> byCell;
	private final CellTally tally;
	private final Map<String, Mention> mentions;
	private final Map<String, MentionAnalysis> analyses;
	private final int mentionCount;

	private MatrixFigures(Map<String, CellFigures> byCell, CellTally tally, Map<String, Mention> mentions,
			Map<String, MentionAnalysis> analyses, int mentionCount) {
		this.byCell = byCell;
		this.tally = tally;
		this.mentions = mentions;
		this.analyses = analyses;
		this.mentionCount = mentionCount;
	}

	/** Reads the project's mentions and analyses and computes every cell's figures. */
	public static MatrixFigures load(Path projectDir, Plan plan) throws IOException {
		List<Mention> stored = new MentionStore(projectDir).all();
		Map<String, MentionAnalysis> analyses = new AnalysisStore(projectDir).all();
		return of(plan, stored, analyses, ProjectReport.openAlerts(plan, stored, analyses, null));
	}

	public static MatrixFigures of(Plan plan, List<Mention> mentions, Map<String, MentionAnalysis> analyses,
			List<Alert> alerts) {
		CellTally tally = new CellTally(mentions, analyses);
		Map<String, CellFigures> byCell = new HashMap<>();
		if (plan.getMatrix() != null) {
			for (ConversationCell cell : plan.getMatrix().getCells()) {
				CellTally.Counts counts = tally.count(cell);
				CellHeat heat = CellTally.heat(cell, counts, alerts);
				byCell.put(cell.getId(), new CellFigures(counts.volume(), counts.negative(), heat.negativePercent(),
						heat.threshold(), heat.breach(), counts.buy(), counts.blocked(), counts.churn(), heat.openAlerts(),
						0));
			}
		}
		Map<String, Mention> byId = new HashMap<>();
		mentions.forEach(m -> byId.put(m.id(), m));
		return new MatrixFigures(byCell, tally, byId, analyses, mentions.size());
	}

	/** The figures of a cell, its planned items counted in {@code planned}. */
	public CellFigures of(ConversationCell cell, int planned) {
		CellFigures figures = byCell.getOrDefault(cell.getId(), CellFigures.NONE);
		return new CellFigures(figures.volume(), figures.negative(), figures.negativePercent(),
				figures.threshold() != null ? figures.threshold() : thresholdOf(cell), figures.breach(), figures.buy(),
				figures.blocked(), figures.churn(), figures.openAlerts(), planned);
	}

	private static Double thresholdOf(ConversationCell cell) {
		var kpi = CellTally.negativeRateKpi(cell);
		return kpi == null ? null : CellTally.percent(kpi);
	}

	/** How many mentions the figures were computed from; 0 when the project has none yet. */
	public int mentionCount() {
		return mentionCount;
	}

	/** The mentions about a cell, newest first, each with its analysis (which may be null). */
	public List<CellMention> mentionsOf(ConversationCell cell) {
		List<CellMention> found = new ArrayList<>();
		if (tally == null) {
			return found;
		}
		for (String id : tally.mentionIds(cell)) {
			found.add(new CellMention(mentions.get(id), analyses.get(id)));
		}
		found.sort((a, b) -> String.valueOf(b.mention().date()).compareTo(String.valueOf(a.mention().date())));
		return found;
	}

	/** One mention about a cell and what the analysis said of it. */
	public record CellMention(Mention mention, MentionAnalysis analysis) {
	}

	/** The number of content items planned for each cell of the plan, by cell id. */
	public static Map<String, Integer> plannedItems(Plan plan) {
		Map<String, Integer> planned = new HashMap<>();
		for (Schedule schedule : plan.getSchedules()) {
			for (ContentItem item : schedule.getItems()) {
				if (item.getCell() != null && item.getCell().getId() != null) {
					planned.merge(item.getCell().getId(), 1, Integer::sum);
				}
			}
		}
		return planned;
	}
}
