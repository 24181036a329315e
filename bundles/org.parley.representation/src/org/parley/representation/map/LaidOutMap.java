package org.parley.representation.map;

import java.util.List;
import java.util.Map;

/**
 * The strategy map after layout: where each node's box is and the points each edge passes through, in pixels at
 * zoom 1, inside a {@code width} × {@code height} area.
 */
public record LaidOutMap(List<Place> places, List<Route> routes, double width, double height) {

	public LaidOutMap {
		places = List.copyOf(places);
		routes = List.copyOf(routes);
	}

	/** A node's box. */
	public record Place(MapNode node, double x, double y, double width, double height) {

		public double right() {
			return x + width;
		}

		public double bottom() {
			return y + height;
		}
	}

	/** An edge as a polyline: x0, y0, x1, y1 … from the source's border to the target's. */
	public record Route(MapEdge edge, List<Double> points) {

		public Route {
			points = List.copyOf(points);
		}
	}

	/** The places by node id. */
	public Map<String, Place> placesById() {
		Map<String, Place> byId = new java.util.HashMap<>();
		places.forEach(place -> byId.put(place.node().id(), place));
		return byId;
	}
}
