package org.parley.representation.draw;

import java.util.List;

/**
 * A polyline through {@code points} (x0, y0, x1, y1, …), optionally dashed and ending in an arrow head.
 */
public record Line(List<Double> points, Colour colour, double width, boolean dashed, boolean arrow) implements Shape {

	public Line {
		if (points.size() < 4 || points.size() % 2 != 0) {
			throw new IllegalArgumentException("A line needs at least two points, as x, y pairs: " + points);
		}
		points = List.copyOf(points);
	}

	public static Line straight(double x1, double y1, double x2, double y2, Colour colour, double width) {
		return new Line(List.of(x1, y1, x2, y2), colour, width, false, false);
	}
}
