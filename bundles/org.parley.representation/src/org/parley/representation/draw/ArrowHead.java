package org.parley.representation.draw;

import java.util.List;

/** The triangle at the end of an arrow, shared by the SVG writer and the screen painter. */
public final class ArrowHead {

	private static final double LENGTH = 8, HALF_WIDTH = 4;

	private ArrowHead() {
	}

	/** Tip, left and right corners as x, y pairs. */
	public static double[] of(Line line) {
		List<Double> p = line.points();
		int n = p.size();
		double tipX = p.get(n - 2), tipY = p.get(n - 1), fromX = p.get(n - 4), fromY = p.get(n - 3);
		double dx = tipX - fromX, dy = tipY - fromY;
		double length = Math.hypot(dx, dy);
		if (length == 0) {
			return new double[] { tipX, tipY, tipX, tipY, tipX, tipY };
		}
		double ux = dx / length, uy = dy / length;
		double baseX = tipX - ux * LENGTH, baseY = tipY - uy * LENGTH;
		return new double[] { tipX, tipY, baseX - uy * HALF_WIDTH, baseY + ux * HALF_WIDTH, baseX + uy * HALF_WIDTH,
				baseY - ux * HALF_WIDTH };
	}
}
