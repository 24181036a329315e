package org.parley.representation.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.NodePlacementStrategy;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Lays the strategy graph out left to right with ELK's layered algorithm: teams, then cells, then customer groups,
 * topics and channels, edges as polylines.
 * <p>
 * Up to {@value #WHOLE_LIMIT} nodes the whole graph is one ELK run (partitions keep each kind in its column, the layer
 * sweep reduces crossings). Larger strategies are laid out per team: ELK places each team with its cells, the blocks
 * are stacked in the strategy's order, and the shared column of groups, topics and channels is spread along their
 * height, with straight edges to it; teams whose blocks have the same shape share one ELK run. At 50 teams × 50
 * groups one ELK run of the whole graph takes minutes with partitions and still seconds without (every team links to
 * every group, so the sweep barely helps); per team shape it takes a fraction of a second.
 */
public final class MapLayout {

	static final int WHOLE_LIMIT = 600;
	static final double NODE_SPACING = 8, LAYER_SPACING = 90, MARGIN = 20;
	private static boolean registered;

	private MapLayout() {
	}

	/** ELK's layered algorithm must be registered once outside Eclipse's extension registry (plain OSGi, tests). */
	private static synchronized void register() {
		if (!registered) {
			LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
			registered = true;
		}
	}

	public static LaidOutMap layout(StrategyGraph graph) {
		if (graph.isEmpty()) {
			return new LaidOutMap(List.of(), List.of(), 0, 0);
		}
		register();
		return graph.nodes().size() <= WHOLE_LIMIT ? whole(graph) : perTeam(graph);
	}

	private static LaidOutMap whole(StrategyGraph graph) {
		Block block = elk(graph.nodes(), graph.edges(), true);
		return new LaidOutMap(block.places, block.routes, block.width, block.height);
	}

	private static LaidOutMap perTeam(StrategyGraph graph) {
		Map<String, List<MapNode>> cellsOfTeam = new LinkedHashMap<>();
		Map<String, List<MapEdge>> edgesOfTeam = new HashMap<>();
		List<MapNode> loneCells = new ArrayList<>();
		List<MapNode> column = new ArrayList<>();
		for (MapNode node : graph.nodes()) {
			if (node.kind() == NodeKind.TEAM) {
				cellsOfTeam.put(node.id(), new ArrayList<>(List.of(node)));
				edgesOfTeam.put(node.id(), new ArrayList<>());
			} else if (node.kind().column() == 2) {
				column.add(node);
			}
		}
		Map<String, String> teamOfCell = new HashMap<>();
		for (MapEdge edge : graph.edges()) {
			if (edge.targetKind() == NodeKind.CELL) {
				teamOfCell.put(edge.to(), edge.from());
				edgesOfTeam.get(edge.from()).add(edge);
			}
		}
		for (MapNode node : graph.nodes()) {
			if (node.kind() == NodeKind.CELL) {
				String team = teamOfCell.get(node.id());
				(team == null ? loneCells : cellsOfTeam.get(team)).add(node);
			}
		}
		List<Block> blocks = new ArrayList<>();
		// Teams whose blocks have the same shape (node sizes, links) get the same layout: ELK runs once per shape.
		Map<String, Block> byShape = new HashMap<>();
		for (Map.Entry<String, List<MapNode>> team : cellsOfTeam.entrySet()) {
			List<MapNode> nodes = team.getValue();
			List<MapEdge> edges = edgesOfTeam.get(team.getKey());
			Block same = byShape.get(shape(nodes, edges));
			if (same == null) {
				same = elk(nodes, edges, false);
				byShape.put(shape(nodes, edges), same);
			}
			blocks.add(same.of(nodes, edges));
		}
		if (!loneCells.isEmpty()) {
			blocks.add(elk(loneCells, List.of(), false));
		}
		return stack(graph, blocks, column);
	}

	/** What decides a block's layout: its nodes' sizes in order and which of them each edge links. */
	private static String shape(List<MapNode> nodes, List<MapEdge> edges) {
		StringBuilder key = new StringBuilder();
		Map<String, Integer> index = new HashMap<>();
		for (MapNode node : nodes) {
			index.put(node.id(), index.size());
			key.append(node.width()).append('x').append(node.height()).append(',');
		}
		key.append(';');
		for (MapEdge edge : edges) {
			key.append(index.get(edge.from())).append('>').append(index.get(edge.to())).append(',');
		}
		return key.toString();
	}

	/** The blocks one under the other, their cells aligned in one column, and the shared column to their right. */
	private static LaidOutMap stack(StrategyGraph graph, List<Block> blocks, List<MapNode> column) {
		double cellsLeft = 0;
		for (Block block : blocks) {
			cellsLeft = Math.max(cellsLeft, block.cellsLeft());
		}
		List<LaidOutMap.Place> places = new ArrayList<>();
		List<LaidOutMap.Route> routes = new ArrayList<>();
		double y = 0, cellsRight = 0;
		for (Block block : blocks) {
			double dx = cellsLeft - block.cellsLeft(), dy = y == 0 ? 0 : y - MARGIN;
			for (LaidOutMap.Place p : block.places) {
				places.add(new LaidOutMap.Place(p.node(), p.x() + dx, p.y() + dy, p.width(), p.height()));
				cellsRight = Math.max(cellsRight, p.right() + dx);
			}
			for (LaidOutMap.Route r : block.routes) {
				List<Double> moved = new ArrayList<>(r.points().size());
				for (int i = 0; i < r.points().size(); i++) {
					moved.add(r.points().get(i) + (i % 2 == 0 ? dx : dy));
				}
				routes.add(new LaidOutMap.Route(r.edge(), moved));
			}
			y = dy + block.height;
		}
		double columnX = cellsRight + LAYER_SPACING, columnWidth = 0, columnBottom = 0;
		double step = column.isEmpty() ? 0
				: Math.max(StrategyGraph.HEIGHT + NODE_SPACING, (y - 2 * MARGIN) / column.size());
		Map<String, LaidOutMap.Place> byId = new HashMap<>();
		places.forEach(p -> byId.put(p.node().id(), p));
		for (int i = 0; i < column.size(); i++) {
			MapNode node = column.get(i);
			LaidOutMap.Place place = new LaidOutMap.Place(node, columnX, MARGIN + i * step, node.width(), node.height());
			places.add(place);
			byId.put(node.id(), place);
			columnWidth = Math.max(columnWidth, node.width());
			columnBottom = place.bottom();
		}
		for (MapEdge edge : graph.edges()) {
			if (edge.targetKind().column() == 2) {
				LaidOutMap.Place from = byId.get(edge.from()), to = byId.get(edge.to());
				routes.add(new LaidOutMap.Route(edge, List.of(from.right(), from.y() + from.height() / 2, to.x(),
						to.y() + to.height() / 2)));
			}
		}
		return new LaidOutMap(places, routes, columnX + columnWidth + MARGIN, Math.max(y, columnBottom + MARGIN));
	}

	/** One ELK layered run over {@code nodes} and {@code edges}. */
	private static Block elk(List<MapNode> nodes, List<MapEdge> edges, boolean partitions) {
		ElkNode root = ElkGraphUtil.createGraph();
		configure(root, partitions);
		Map<String, ElkNode> elkNodes = new HashMap<>();
		for (MapNode node : nodes) {
			ElkNode elkNode = ElkGraphUtil.createNode(root);
			elkNode.setIdentifier(node.id());
			elkNode.setDimensions(node.width(), node.height());
			if (partitions) {
				elkNode.setProperty(LayeredOptions.PARTITIONING_PARTITION, node.kind().column());
			}
			elkNodes.put(node.id(), elkNode);
		}
		List<ElkEdge> elkEdges = new ArrayList<>();
		for (MapEdge edge : edges) {
			elkEdges.add(ElkGraphUtil.createSimpleEdge(elkNodes.get(edge.from()), elkNodes.get(edge.to())));
		}
		new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());

		Block block = new Block(root.getWidth(), root.getHeight());
		for (MapNode node : nodes) {
			ElkNode n = elkNodes.get(node.id());
			block.places.add(new LaidOutMap.Place(node, n.getX(), n.getY(), n.getWidth(), n.getHeight()));
		}
		for (int i = 0; i < elkEdges.size(); i++) {
			block.routes.add(new LaidOutMap.Route(edges.get(i), points(elkEdges.get(i))));
		}
		return block;
	}

	private static void configure(ElkNode root, boolean whole) {
		root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
		root.setProperty(LayeredOptions.DIRECTION, Direction.RIGHT);
		root.setProperty(LayeredOptions.EDGE_ROUTING, EdgeRouting.POLYLINE);
		root.setProperty(LayeredOptions.SPACING_NODE_NODE, NODE_SPACING);
		root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, LAYER_SPACING);
		root.setProperty(LayeredOptions.PADDING, new ElkPadding(MARGIN));
		root.setProperty(LayeredOptions.SEPARATE_CONNECTED_COMPONENTS, false);
		root.setProperty(LayeredOptions.RANDOM_SEED, 1);
		// The strategy's order in every column (cells by group; groups, then topics, then channels) reads better
		// than the fewer crossings the sweep finds by interleaving them. Its sorting is quadratic in a layer's size,
		// which the per-team layout keeps small.
		root.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.NODES_AND_EDGES);
		root.setProperty(LayeredOptions.CROSSING_MINIMIZATION_FORCE_NODE_MODEL_ORDER, true);
		if (whole) {
			root.setProperty(LayeredOptions.PARTITIONING_ACTIVATE, true);
			root.setProperty(LayeredOptions.NODE_PLACEMENT_STRATEGY, NodePlacementStrategy.NETWORK_SIMPLEX);
		} else {
			root.setProperty(LayeredOptions.NODE_PLACEMENT_STRATEGY, NodePlacementStrategy.BRANDES_KOEPF);
		}
	}

	private static List<Double> points(ElkEdge edge) {
		List<Double> points = new ArrayList<>();
		if (edge.getSections().isEmpty()) {
			return points;
		}
		ElkEdgeSection section = edge.getSections().get(0);
		points.add(section.getStartX());
		points.add(section.getStartY());
		for (ElkBendPoint bend : section.getBendPoints()) {
			points.add(bend.getX());
			points.add(bend.getY());
		}
		points.add(section.getEndX());
		points.add(section.getEndY());
		return points;
	}

	/** The result of one ELK run, in its own coordinates. */
	private static final class Block {
		final List<LaidOutMap.Place> places = new ArrayList<>();
		final List<LaidOutMap.Route> routes = new ArrayList<>();
		final double width, height;

		Block(double width, double height) {
			this.width = width;
			this.height = height;
		}

		/** This block's layout given to other nodes and edges of the same shape, by position in the lists. */
		Block of(List<MapNode> nodes, List<MapEdge> edges) {
			Block block = new Block(width, height);
			for (int i = 0; i < nodes.size(); i++) {
				LaidOutMap.Place p = places.get(i);
				block.places.add(new LaidOutMap.Place(nodes.get(i), p.x(), p.y(), p.width(), p.height()));
			}
			for (int i = 0; i < edges.size(); i++) {
				block.routes.add(new LaidOutMap.Route(edges.get(i), routes.get(i).points()));
			}
			return block;
		}

		double cellsLeft() {
			return places.stream().filter(p -> p.node().kind() == NodeKind.CELL).mapToDouble(LaidOutMap.Place::x)
					.min().orElse(MARGIN);
		}
	}
}
