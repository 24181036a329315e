package org.parley.representation.map;

import java.util.EnumMap;
import java.util.Map;

import org.parley.representation.draw.Anchor;
import org.parley.representation.draw.Box;
import org.parley.representation.draw.Colour;
import org.parley.representation.draw.Drawing;
import org.parley.representation.draw.Label;
import org.parley.representation.draw.Line;
import org.parley.representation.draw.TextMetrics;

/**
 * The strategy map as a picture: a legend on top (each kind's colour and count), then the edges, then the node boxes
 * with their labels shortened to fit. A box's {@code ref} is its object's id, so the map page and the exports can
 * tell what was clicked and which shape is which.
 */
public final class MapDrawing {

	public static final Colour BACKGROUND = Colour.hex("#fbfbfc");
	static final Colour EDGE = Colour.hex("#7d8799"), SECONDARY_EDGE = Colour.hex("#c3c9d4"),
			TEXT = Colour.hex("#1f2933"), CELL_STROKE = Colour.hex("#9aa5b1");
	static final double LEGEND_HEIGHT = 44, SWATCH = 14;
	/** The largest picture side an export writes; bigger maps are scaled down to it. */
	static final double MAX_PICTURE_SIDE = 16_000, MAX_PICTURE_PIXELS = 64_000_000;

	private MapDrawing() {
	}

	/** The drawing of {@code graph} laid out as {@code map}; an explanation instead when the strategy has no teams. */
	public static Drawing draw(StrategyGraph graph, LaidOutMap map) {
		if (graph.count(NodeKind.TEAM) == 0 && graph.count(NodeKind.CELL) == 0) {
			return empty("This strategy has no teams or conversation cells yet: add teams and customer groups on the "
					+ "Strategy page, then cells on the Matrix page.");
		}
		double legendWidth = legendWidth(graph);
		Drawing drawing = new Drawing(Math.max(map.width(), legendWidth), map.height() + LEGEND_HEIGHT, BACKGROUND);
		legend(drawing, graph);
		for (LaidOutMap.Route route : map.routes()) {
			if (route.points().size() >= 4) {
				drawing.add(new Line(belowLegend(route.points()),
						route.edge().secondary() ? SECONDARY_EDGE : EDGE, 1, route.edge().secondary(), true));
			}
		}
		for (LaidOutMap.Place place : map.places()) {
			node(drawing, place);
		}
		return drawing;
	}

	/** The map of {@code plan} as {@code settings} ask, computed headless: graph, layout, drawing. */
	public static Drawing of(org.parley.model.Plan plan, MapSettings settings) {
		StrategyGraph graph = StrategyGraph.of(plan, settings);
		return draw(graph, MapLayout.layout(graph));
	}

	/** A picture that only says {@code message}: what the map page and the exports show instead of an empty map. */
	public static Drawing empty(String message) {
		double width = Math.min(720, TextMetrics.width(message, 14, false) + 60);
		Drawing drawing = new Drawing(width, 90, BACKGROUND);
		drawing.add(new Label(30, 34, message, 14, false, TEXT, Anchor.START, width - 60));
		return drawing;
	}

	/** The zoom at which a picture of {@code drawing} stays within what an image can hold, at most {@code zoom}. */
	public static double pictureZoom(Drawing drawing, double zoom) {
		double side = Math.max(drawing.width(), drawing.height()) * zoom;
		double pixels = drawing.width() * drawing.height() * zoom * zoom;
		double scale = Math.min(1, Math.min(MAX_PICTURE_SIDE / side, Math.sqrt(MAX_PICTURE_PIXELS / pixels)));
		return zoom * scale;
	}

	private static void node(Drawing drawing, LaidOutMap.Place place) {
		MapNode node = place.node();
		NodeKind kind = node.kind();
		double y = place.y() + LEGEND_HEIGHT;
		Colour stroke = kind == NodeKind.CELL ? CELL_STROKE : kind.fill().towards(Colour.BLACK, 0.25);
		drawing.add(new Box(place.x(), y, place.width(), place.height(), kind.fill(), stroke, 1,
				kind == NodeKind.CELL ? 3 : 5, node.id(), node.tooltip()));
		double font = StrategyGraph.FONT;
		drawing.add(new Label(place.x() + StrategyGraph.PADDING, y + (place.height() - font * 1.25) / 2, node.label(),
				font, StrategyGraph.bold(kind), kind.fill().readableText() == Colour.BLACK ? TEXT : Colour.WHITE,
				Anchor.START, (place.width() - 2 * StrategyGraph.PADDING) / StrategyGraph.SCREEN_FONT_FACTOR));
	}

	private static void legend(Drawing drawing, StrategyGraph graph) {
		double x = 20;
		for (Map.Entry<NodeKind, String> entry : legendTexts(graph).entrySet()) {
			NodeKind kind = entry.getKey();
			drawing.add(new Box(x, 15, SWATCH, SWATCH, kind.fill(),
					kind == NodeKind.CELL ? CELL_STROKE : kind.fill().towards(Colour.BLACK, 0.25), 1, 3, null, null));
			drawing.add(new Label(x + SWATCH + 6, 14, entry.getValue(), 12, false, TEXT, Anchor.START, 0));
			x += SWATCH + 6 + TextMetrics.width(entry.getValue(), 12, false) + 24;
		}
	}

	private static double legendWidth(StrategyGraph graph) {
		double width = 20;
		for (String text : legendTexts(graph).values()) {
			width += SWATCH + 6 + TextMetrics.width(text, 12, false) + 24;
		}
		return width;
	}

	/** "Teams (4)", "Conversation cells (12)" … for the kinds shown. */
	private static Map<NodeKind, String> legendTexts(StrategyGraph graph) {
		Map<NodeKind, String> texts = new EnumMap<>(NodeKind.class);
		for (NodeKind kind : NodeKind.values()) {
			long count = graph.count(kind);
			if (count > 0) {
				texts.put(kind, kind.plural() + " (" + count + ")");
			}
		}
		return texts;
	}

	/** The x, y list moved down below the legend. */
	private static java.util.List<Double> belowLegend(java.util.List<Double> points) {
		java.util.List<Double> moved = new java.util.ArrayList<>(points.size());
		for (int i = 0; i < points.size(); i++) {
			moved.add(i % 2 == 1 ? points.get(i) + LEGEND_HEIGHT : points.get(i));
		}
		return moved;
	}
}
