package org.parley.representation.matrix;

/**
 * How the matrix is looked at: which axis holds the teams, the heat overlay, the filter and the zoom.
 *
 * @param swapped customer groups as rows and teams as columns (else teams are rows)
 * @param zoom    1 for 100 %; exports draw at this scale
 */
public record MatrixSettings(boolean swapped, HeatKind heat, MatrixFilter filter, double zoom) {

	public static final MatrixSettings DEFAULT = new MatrixSettings(false, HeatKind.NONE, MatrixFilter.ALL, 1);

	public MatrixSettings {
		if (heat == null) {
			heat = HeatKind.NONE;
		}
		if (filter == null) {
			filter = MatrixFilter.ALL;
		}
		if (!(zoom >= 0.25 && zoom <= 4)) {
			throw new IllegalArgumentException("The zoom must lie between 25 % and 400 %: " + zoom);
		}
	}

	public MatrixSettings withSwapped(boolean axesSwapped) {
		return new MatrixSettings(axesSwapped, heat, filter, zoom);
	}

	public MatrixSettings withHeat(HeatKind kind) {
		return new MatrixSettings(swapped, kind, filter, zoom);
	}

	public MatrixSettings withFilter(MatrixFilter newFilter) {
		return new MatrixSettings(swapped, heat, newFilter, zoom);
	}

	public MatrixSettings withZoom(double newZoom) {
		return new MatrixSettings(swapped, heat, filter, newZoom);
	}
}
