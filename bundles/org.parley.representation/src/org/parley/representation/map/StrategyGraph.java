package org.parley.representation.map;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.parley.model.ConversationCell;
import org.parley.model.CustomerGroup;
import org.parley.model.Identified;
import org.parley.model.Named;
import org.parley.model.Plan;
import org.parley.model.Team;
import org.parley.representation.draw.TextMetrics;

/**
 * The strategy as a graph: teams, conversation cells, customer groups, topics and channels as nodes; team → cell,
 * cell → group, cell → topic and cell → channel as edges. Nodes come in a stable order (teams and groups as in the
 * strategy, cells by team then group), so the same plan always gives the same graph.
 */
public final class StrategyGraph {

	/** Font size of node labels, in pixels. */
	public static final double FONT = 12;
	/**
	 * Screen fonts (DejaVu Sans on Linux, bold above all) run up to a fifth wider than {@link TextMetrics}' estimate:
	 * boxes are made that much wider, and labels shortened as if their text were, so that no label overflows its box.
	 */
	static final double SCREEN_FONT_FACTOR = 1.2;
	static final double PADDING = 10, HEIGHT = 28, CELL_HEIGHT = 24, CELL_WIDTH = 250, MIN_WIDTH = 90,
			MAX_WIDTH = 210;

	private final Map<String, MapNode> nodes = new LinkedHashMap<>();
	private final List<MapEdge> edges = new ArrayList<>();

	private StrategyGraph() {
	}

	/** The graph of {@code plan} as {@code settings} ask (kinds shown, focus). */
	public static StrategyGraph of(Plan plan, MapSettings settings) {
		StrategyGraph graph = new StrategyGraph();
		if (plan.getStrategy() == null) {
			return graph;
		}
		List<Team> teams = plan.getStrategy().getTeams();
		List<CustomerGroup> groups = plan.getStrategy().getCustomerGroups();
		List<ConversationCell> cells = cellsInFocus(plan, settings.focus());
		boolean focused = !settings.focus().isEmpty();
		Set<Object> linked = Collections.newSetFromMap(new HashMap<>());
		for (ConversationCell cell : cells) {
			linked.add(cell.getTeam());
			linked.add(cell.getCustomerGroup());
			linked.addAll(cell.getTopics());
			linked.addAll(cell.getChannels());
		}
		if (settings.shows(NodeKind.TEAM)) {
			teams.stream().filter(t -> !focused || linked.contains(t) || settings.focus().contains(t.getId()))
					.forEach(t -> graph.add(t, NodeKind.TEAM, name(t), "Team " + name(t)));
		}
		for (ConversationCell cell : cells) {
			graph.add(cell, NodeKind.CELL, cellLabel(cell), cellTooltip(cell));
		}
		if (settings.shows(NodeKind.CUSTOMER_GROUP)) {
			groups.stream().filter(g -> !focused || linked.contains(g) || settings.focus().contains(g.getId()))
					.forEach(g -> graph.add(g, NodeKind.CUSTOMER_GROUP, name(g), "Customer group " + name(g)));
		}
		if (settings.shows(NodeKind.TOPIC)) {
			plan.getStrategy().getTopics().stream()
					.filter(t -> !focused || linked.contains(t) || settings.focus().contains(t.getId()))
					.forEach(t -> graph.add(t, NodeKind.TOPIC, name(t), "Topic " + name(t)));
		}
		if (settings.shows(NodeKind.CHANNEL) && plan.getChannels() != null) {
			plan.getChannels().getChannels().stream()
					.filter(c -> !focused || linked.contains(c) || settings.focus().contains(c.getId()))
					.forEach(c -> graph.add(c, NodeKind.CHANNEL, name(c), "Channel " + name(c)));
		}
		for (ConversationCell cell : cells) {
			graph.link(cell.getTeam(), cell, NodeKind.CELL);
			graph.link(cell, cell.getCustomerGroup(), NodeKind.CUSTOMER_GROUP);
			cell.getTopics().forEach(topic -> graph.link(cell, topic, NodeKind.TOPIC));
			cell.getChannels().forEach(channel -> graph.link(cell, channel, NodeKind.CHANNEL));
		}
		return graph;
	}

	/** The plan's cells in the focus (all without one), by team then customer group as the strategy orders them. */
	private static List<ConversationCell> cellsInFocus(Plan plan, Set<String> focus) {
		if (plan.getMatrix() == null) {
			return List.of();
		}
		List<Team> teams = plan.getStrategy().getTeams();
		List<CustomerGroup> groups = plan.getStrategy().getCustomerGroups();
		Map<Object, Integer> order = new HashMap<>();
		for (int i = 0; i < teams.size(); i++) {
			order.put(teams.get(i), i);
		}
		for (int i = 0; i < groups.size(); i++) {
			order.put(groups.get(i), i);
		}
		List<ConversationCell> cells = new ArrayList<>();
		for (ConversationCell cell : plan.getMatrix().getCells()) {
			if (focus.isEmpty() || inFocus(cell, focus)) {
				cells.add(cell);
			}
		}
		// Cells without a team or group go last; a stable sort keeps the matrix's order among equals.
		cells.sort(Comparator.comparingInt((ConversationCell c) -> order.getOrDefault(c.getTeam(), Integer.MAX_VALUE))
				.thenComparingInt(c -> order.getOrDefault(c.getCustomerGroup(), Integer.MAX_VALUE)));
		return cells;
	}

	private static boolean inFocus(ConversationCell cell, Set<String> focus) {
		if (focus.contains(cell.getId()) || isIn(cell.getTeam(), focus) || isIn(cell.getCustomerGroup(), focus)) {
			return true;
		}
		return cell.getTopics().stream().anyMatch(t -> isIn(t, focus))
				|| cell.getChannels().stream().anyMatch(c -> isIn(c, focus));
	}

	private static boolean isIn(Identified object, Set<String> ids) {
		return object != null && ids.contains(object.getId());
	}

	private void add(Identified object, NodeKind kind, String label, String tooltip) {
		if (object.getId() == null || nodes.containsKey(object.getId())) {
			return;
		}
		double width = kind == NodeKind.CELL ? CELL_WIDTH
				: Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, TextMetrics.width(label, FONT, bold(kind)) * SCREEN_FONT_FACTOR + 2 * PADDING + 2));
		double height = kind == NodeKind.CELL ? CELL_HEIGHT : HEIGHT;
		nodes.put(object.getId(), new MapNode(object.getId(), kind, label, tooltip, width, height));
	}

	private void link(Identified from, Identified to, NodeKind targetKind) {
		if (from != null && to != null && nodes.containsKey(from.getId()) && nodes.containsKey(to.getId())) {
			edges.add(new MapEdge(from.getId(), to.getId(), targetKind));
		}
	}

	/** Teams and groups, the ends of the matrix, in bold. */
	static boolean bold(NodeKind kind) {
		return kind == NodeKind.TEAM || kind == NodeKind.CUSTOMER_GROUP;
	}

	private static String name(Named named) {
		return named.getName() == null || named.getName().isBlank() ? "(unnamed)" : named.getName();
	}

	private static String cellLabel(ConversationCell cell) {
		return nameOr(cell.getTeam(), "no team") + " × " + nameOr(cell.getCustomerGroup(), "no group");
	}

	private static String cellTooltip(ConversationCell cell) {
		StringBuilder text = new StringBuilder("Cell ").append(cellLabel(cell));
		if (cell.getGoal() != null && !cell.getGoal().isBlank()) {
			text.append("\nGoal: ").append(cell.getGoal());
		}
		if (!cell.getTopics().isEmpty()) {
			text.append("\nTopics: ").append(String.join(", ", cell.getTopics().stream().map(StrategyGraph::name).toList()));
		}
		if (!cell.getChannels().isEmpty()) {
			text.append("\nChannels: ")
					.append(String.join(", ", cell.getChannels().stream().map(StrategyGraph::name).toList()));
		}
		return text.toString();
	}

	private static String nameOr(Named named, String missing) {
		return named == null ? missing : name(named);
	}

	/** Nodes in layout order. */
	public List<MapNode> nodes() {
		return List.copyOf(nodes.values());
	}

	public MapNode node(String id) {
		return nodes.get(id);
	}

	public List<MapEdge> edges() {
		return Collections.unmodifiableList(edges);
	}

	public long count(NodeKind kind) {
		return nodes.values().stream().filter(n -> n.kind() == kind).count();
	}

	public boolean isEmpty() {
		return nodes.isEmpty();
	}
}
