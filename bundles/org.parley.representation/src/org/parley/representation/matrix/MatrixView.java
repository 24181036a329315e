package org.parley.representation.matrix;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.parley.model.Channel;
import org.parley.model.ConversationCell;
import org.parley.model.CustomerGroup;
import org.parley.model.Kpi;
import org.parley.model.Named;
import org.parley.model.Plan;
import org.parley.model.Team;
import org.parley.model.Topic;
import org.parley.representation.draw.Colour;

/**
 * The conversation matrix as it shows: rows and columns (teams and customer groups, or swapped), and for each pair
 * its cell's lines, figures and heat, or a gap; plus the legend of the heat overlay. Computed headless from the plan
 * and the {@link MatrixFigures}, in one pass over the cells, so a 50 × 50 matrix takes milliseconds.
 */
public final class MatrixView {

	/** Mentions a cell needs, at least, to count as talked about a lot ({@link MatrixCell#hotUnplanned()}). */
	static final int TALKED_ABOUT = 5;
	/** The colour that marks cells customers talk about a lot while nothing is planned for them. */
	public static final Colour UNPLANNED = Colour.hex("#d69e2e");
	/** The colour of gaps and of cells the filter leaves out. */
	public static final Colour GAP = Colour.hex("#f4f5f7"), FILTERED = Colour.hex("#e2e4e8");

	private final String title;
	private final MatrixSettings settings;
	private final List<Axis> rows;
	private final List<Axis> columns;
	private final MatrixCell[][] cells;
	private final List<LegendEntry> legend;

	private MatrixView(String title, MatrixSettings settings, List<Axis> rows, List<Axis> columns, MatrixCell[][] cells,
			List<LegendEntry> legend) {
		this.title = title;
		this.settings = settings;
		this.rows = rows;
		this.columns = columns;
		this.cells = cells;
		this.legend = legend;
	}

	public static MatrixView build(Plan plan, MatrixFigures figures, MatrixSettings settings) {
		MatrixFilter filter = settings.filter();
		List<Team> teams = plan.getStrategy() == null ? List.of()
				: plan.getStrategy().getTeams().stream().filter(filter::accepts).toList();
		List<CustomerGroup> groups = plan.getStrategy() == null ? List.of()
				: plan.getStrategy().getCustomerGroups().stream().filter(filter::accepts).toList();
		Map<Named, Map<Named, ConversationCell>> byPair = new HashMap<>();
		if (plan.getMatrix() != null) {
			for (ConversationCell cell : plan.getMatrix().getCells()) {
				if (cell.getTeam() != null && cell.getCustomerGroup() != null) {
					byPair.computeIfAbsent(cell.getTeam(), t -> new HashMap<>()).putIfAbsent(cell.getCustomerGroup(), cell);
				}
			}
		}
		if (filter.narrowsCells()) {
			// only the teams and groups with a cell that passes the filter
			teams = teams.stream().filter(t -> byPair.getOrDefault(t, Map.of()).values().stream().anyMatch(filter::accepts))
					.toList();
			List<Team> kept = teams;
			groups = groups.stream().filter(g -> kept.stream()
					.map(t -> byPair.getOrDefault(t, Map.of()).get(g)).anyMatch(c -> c != null && filter.accepts(c)))
					.toList();
		}
		Map<String, Integer> planned = MatrixFigures.plannedItems(plan);
		int teamCount = teams.size(), groupCount = groups.size();
		CellFigures[][] found = new CellFigures[teamCount][groupCount];
		Scale scale = new Scale();
		for (int t = 0; t < teamCount; t++) {
			Map<Named, ConversationCell> ofTeam = byPair.getOrDefault(teams.get(t), Map.of());
			for (int g = 0; g < groupCount; g++) {
				ConversationCell cell = ofTeam.get(groups.get(g));
				if (cell != null && filter.accepts(cell)) {
					found[t][g] = figures.of(cell, planned.getOrDefault(cell.getId(), 0));
					scale.include(found[t][g]);
				}
			}
		}
		List<Axis> teamAxes = teams.stream().map(MatrixView::axis).toList();
		List<Axis> groupAxes = groups.stream().map(MatrixView::axis).toList();
		boolean swapped = settings.swapped();
		MatrixCell[][] cells = swapped ? new MatrixCell[groupCount][teamCount] : new MatrixCell[teamCount][groupCount];
		for (int t = 0; t < teamCount; t++) {
			Map<Named, ConversationCell> ofTeam = byPair.getOrDefault(teams.get(t), Map.of());
			for (int g = 0; g < groupCount; g++) {
				ConversationCell cell = ofTeam.get(groups.get(g));
				MatrixCell shown = place(teams.get(t), groups.get(g), cell, found[t][g], settings.heat(), scale);
				if (swapped) {
					cells[g][t] = shown;
				} else {
					cells[t][g] = shown;
				}
			}
		}
		return new MatrixView(plan.getName() == null ? "Conversation matrix" : plan.getName(), settings,
				swapped ? groupAxes : teamAxes, swapped ? teamAxes : groupAxes, cells, legend(settings.heat(), scale));
	}

	/** The largest figures among the shown cells: heat is relative to them. */
	private static final class Scale {
		int volume, intents, alerts, planned;

		void include(CellFigures f) {
			volume = Math.max(volume, f.volume());
			intents = Math.max(intents, f.intents());
			alerts = Math.max(alerts, f.openAlerts());
			planned = Math.max(planned, f.planned());
		}
	}

	private static MatrixCell place(Team team, CustomerGroup group, ConversationCell cell, CellFigures figures,
			HeatKind heat, Scale scale) {
		if (cell == null) {
			return new MatrixCell(team, group, null, List.of(), CellFigures.NONE, 0, GAP, false, false);
		}
		if (figures == null) {
			return new MatrixCell(team, group, null, List.of(), CellFigures.NONE, 0, FILTERED, false, true);
		}
		double value = heatValue(heat, figures, scale);
		boolean hotUnplanned = figures.planned() == 0 && figures.volume() >= TALKED_ABOUT
				&& figures.volume() * 4 >= scale.volume;
		List<String> lines = new ArrayList<>(6);
		lines.add(cell.getOwner() == null ? "No owner" : "Owner: " + nameOf(cell.getOwner()));
		lines.add(cell.getTopics().isEmpty() ? "No topics"
				: cell.getTopics().stream().map(Topic::getName).collect(Collectors.joining(", ")));
		lines.add(cell.getTone() == null || cell.getTone().isBlank() ? "No tone set" : "Tone: " + cell.getTone());
		lines.add(cell.getChannels().isEmpty() ? "No channels"
				: cell.getChannels().stream().map(Channel::getName).collect(Collectors.joining(", ")));
		lines.add(kpiStatus(cell, figures));
		if (heat != HeatKind.NONE) {
			lines.add(figureLine(heat, figures));
		}
		return new MatrixCell(team, group, cell, Collections.unmodifiableList(lines), figures, value, heat.colour(value),
				hotUnplanned, false);
	}

	static double heatValue(HeatKind heat, CellFigures f, Scale scale) {
		return switch (heat) {
		case NONE -> 0;
		case VOLUME -> ratio(f.volume(), scale.volume);
		case NEGATIVE -> f.volume() == 0 ? 0
				: f.threshold() != null && f.threshold() > 0 ? Math.min(1, f.negativePercent() / (2 * f.threshold()))
						: f.negativePercent() / 100;
		case INTENT -> ratio(f.intents(), scale.intents);
		case ALERTS -> ratio(f.openAlerts(), scale.alerts);
		case PLANNED -> ratio(f.planned(), scale.planned);
		};
	}

	private static double ratio(int value, int max) {
		return max == 0 ? 0 : (double) value / max;
	}

	private static String kpiStatus(ConversationCell cell, CellFigures f) {
		if (f.threshold() != null && f.volume() > 0) {
			String rate = percent(f.negativePercent()), limit = percent(f.threshold());
			return f.breach() ? "✗ KPI: negative " + rate + " > " + limit : "✓ KPI: negative " + rate + " ≤ " + limit;
		}
		if (cell.getKpis().isEmpty()) {
			return "No KPIs";
		}
		return "KPIs: " + cell.getKpis().stream().map(Kpi::getName).collect(Collectors.joining(", "));
	}

	private static String figureLine(HeatKind heat, CellFigures f) {
		return switch (heat) {
		case NONE -> "";
		case VOLUME -> count(f.volume(), "mention", "mentions");
		case NEGATIVE -> f.volume() == 0 ? "No mentions"
				: f.negative() + " of " + f.volume() + " negative (" + percent(f.negativePercent()) + ")";
		case INTENT -> "Buy " + f.buy() + " · blocked " + f.blocked() + " · churn " + f.churn();
		case ALERTS -> count(f.openAlerts(), "open alert", "open alerts");
		case PLANNED -> count(f.planned(), "content item planned", "content items planned");
		};
	}

	private static String count(int n, String one, String many) {
		return n + " " + (n == 1 ? one : many);
	}

	private static String percent(double value) {
		return String.format(Locale.ROOT, "%.0f %%", value);
	}

	private static List<LegendEntry> legend(HeatKind heat, Scale scale) {
		List<LegendEntry> entries = new ArrayList<>();
		switch (heat) {
		case NONE -> {
			// no overlay: only the marks below
		}
		case NEGATIVE -> {
			entries.add(new LegendEntry(heat.colour(0.01), null, "few negative"));
			entries.add(new LegendEntry(heat.colour(0.5), null, "at the cell's KPI threshold"));
			entries.add(new LegendEntry(heat.colour(1), null, "twice the threshold or more"));
		}
		default -> {
			int max = switch (heat) {
			case VOLUME -> scale.volume;
			case INTENT -> scale.intents;
			case ALERTS -> scale.alerts;
			default -> scale.planned;
			};
			String what = switch (heat) {
			case VOLUME -> "mentions";
			case INTENT -> "intents";
			case ALERTS -> "open alerts";
			default -> "items planned";
			};
			entries.add(new LegendEntry(HeatKind.COLD, null, "0 " + what));
			entries.add(new LegendEntry(heat.colour(0.5), null, (max + 1) / 2 + " " + what));
			entries.add(new LegendEntry(heat.colour(1), null, max + " " + what + " (most)"));
		}
		}
		entries.add(new LegendEntry(HeatKind.COLD, UNPLANNED, "talked about a lot, nothing planned"));
		entries.add(new LegendEntry(GAP, null, "+ no cell yet: click to add one"));
		return entries;
	}

	private static Axis axis(Team team) {
		return new Axis(team, nameOf(team), team.getFunction() == null ? "" : words(team.getFunction().getName()));
	}

	private static Axis axis(CustomerGroup group) {
		return new Axis(group, nameOf(group), group.getStage() == null ? "" : words(group.getStage().getName()));
	}

	private static String nameOf(Named named) {
		return named.getName() == null || named.getName().isBlank() ? "(unnamed)" : named.getName();
	}

	/** An enum literal as words: CUSTOMER_SERVICE → "Customer service", HR_RECRUITING → "HR / recruiting". */
	static String words(String literal) {
		return switch (literal) {
		case "HR_RECRUITING" -> "HR / recruiting";
		case "COMMUNICATION_PR" -> "Communication / PR";
		case "PRESS_INFLUENCER" -> "Press / influencer";
		default -> {
			String lower = literal.toLowerCase(Locale.ROOT).replace('_', ' ');
			yield Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
		}
		};
	}

	public String title() {
		return title;
	}

	public MatrixSettings settings() {
		return settings;
	}

	public List<Axis> rows() {
		return rows;
	}

	public List<Axis> columns() {
		return columns;
	}

	public MatrixCell cell(int row, int column) {
		return cells[row][column];
	}

	public List<LegendEntry> legend() {
		return legend;
	}

	/** How many places are gaps. */
	public int gapCount() {
		int gaps = 0;
		for (MatrixCell[] row : cells) {
			for (MatrixCell cell : row) {
				if (cell.isGap()) {
					gaps++;
				}
			}
		}
		return gaps;
	}

	/** Where a conversation cell shows, as {row, column}, or null when it does not show. */
	public int[] positionOf(ConversationCell cell) {
		for (int r = 0; r < cells.length; r++) {
			for (int c = 0; c < cells[r].length; c++) {
				if (cells[r][c].cell() == cell) {
					return new int[] { r, c };
				}
			}
		}
		return null;
	}
}
