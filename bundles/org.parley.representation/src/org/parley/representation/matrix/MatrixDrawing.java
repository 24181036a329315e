package org.parley.representation.matrix;

import org.parley.representation.draw.Anchor;
import org.parley.representation.draw.Box;
import org.parley.representation.draw.Colour;
import org.parley.representation.draw.Drawing;
import org.parley.representation.draw.Label;
import org.parley.representation.draw.TextMetrics;

/**
 * The matrix as a picture, for PNG and SVG exports of the current view: title, row and column headers (name and
 * function or stage), each cell with its lines and heat colour, gaps with a "+", and the legend. Sizes are pixels at
 * zoom 1; the grid on screen uses the same cell sizes.
 */
public final class MatrixDrawing {

	public static final int MARGIN = 16, TITLE_HEIGHT = 44, ROW_HEADER_WIDTH = 190, COLUMN_HEADER_HEIGHT = 46,
			CELL_WIDTH = 210, LINE_HEIGHT = 15, CELL_PADDING = 6, LEGEND_HEIGHT = 48;
	public static final double TEXT_SIZE = 11, HEADER_SIZE = 12;
	public static final Colour HEADER_FILL = Colour.hex("#e9edf2"), GRID = Colour.hex("#c5ccd6"),
			TEXT = Colour.hex("#1a202c"), MUTED = Colour.hex("#5a6472"), BREACH = Colour.hex("#c53030");

	private MatrixDrawing() {
	}

	/** A cell's height: room for five lines, six with a heat overlay. */
	public static int cellHeight(HeatKind heat) {
		return 2 * CELL_PADDING + LINE_HEIGHT * (heat == HeatKind.NONE ? 5 : 6);
	}

	/** The reference a gap's box carries: {@code gap:<team id>:<group id>}. */
	public static String gapRef(MatrixCell gap) {
		return "gap:" + gap.team().getId() + ":" + gap.group().getId();
	}

	public static Drawing draw(MatrixView view) {
		int rows = view.rows().size(), columns = view.columns().size();
		int cellHeight = cellHeight(view.settings().heat());
		double gridWidth = ROW_HEADER_WIDTH + columns * (double) CELL_WIDTH;
		double gridHeight = COLUMN_HEADER_HEIGHT + rows * (double) cellHeight;
		double legendWidth = legendWidth(view);
		double width = 2 * MARGIN + Math.max(Math.max(gridWidth, legendWidth), 420);
		double height = MARGIN + TITLE_HEIGHT + gridHeight + LEGEND_HEIGHT + MARGIN;
		Drawing drawing = new Drawing(width, height, Colour.WHITE);
		drawing.text(MARGIN, MARGIN, view.title(), 16, true, TEXT, width - 2 * MARGIN);
		String axes = view.settings().swapped() ? "customer groups × teams" : "teams × customer groups";
		drawing.text(MARGIN, MARGIN + 21, "Conversation matrix, " + axes + " · heat: " + view.settings().heat().label(),
				TEXT_SIZE, false, MUTED, width - 2 * MARGIN);
		double x0 = MARGIN, y0 = MARGIN + TITLE_HEIGHT;
		drawing.box(x0, y0, ROW_HEADER_WIDTH, COLUMN_HEADER_HEIGHT, HEADER_FILL, GRID, null, null);
		drawing.text(x0 + 8, y0 + 8, view.settings().swapped() ? "Groups \\ Teams" : "Teams \\ Groups", HEADER_SIZE,
				true, MUTED, ROW_HEADER_WIDTH - 16);
		for (int c = 0; c < columns; c++) {
			header(drawing, view.columns().get(c), x0 + ROW_HEADER_WIDTH + c * (double) CELL_WIDTH, y0, CELL_WIDTH,
					COLUMN_HEADER_HEIGHT);
		}
		for (int r = 0; r < rows; r++) {
			double y = y0 + COLUMN_HEADER_HEIGHT + r * (double) cellHeight;
			header(drawing, view.rows().get(r), x0, y, ROW_HEADER_WIDTH, cellHeight);
			for (int c = 0; c < columns; c++) {
				cell(drawing, view.cell(r, c), x0 + ROW_HEADER_WIDTH + c * (double) CELL_WIDTH, y, cellHeight);
			}
		}
		if (rows == 0 || columns == 0) {
			drawing.text(x0 + 8, y0 + COLUMN_HEADER_HEIGHT + 8, emptyMessage(view), TEXT_SIZE, false, MUTED, 0);
		}
		legend(drawing, view, MARGIN, y0 + gridHeight + 14);
		return drawing;
	}

	/** One place of the grid alone, at (0, 0): what the screen paints in that place. */
	public static Drawing cellDrawing(MatrixCell cell, HeatKind heat) {
		int h = cellHeight(heat);
		Drawing drawing = new Drawing(CELL_WIDTH, h, Colour.WHITE);
		cell(drawing, cell, 0, 0, h);
		return drawing;
	}

	/** One row or column header alone, at (0, 0). */
	public static Drawing headerDrawing(Axis axis, double width, double height) {
		Drawing drawing = new Drawing(width, height, HEADER_FILL);
		header(drawing, axis, 0, 0, width, height);
		return drawing;
	}

	/** The legend alone, one line high. */
	public static Drawing legendDrawing(MatrixView view) {
		Drawing drawing = new Drawing(legendWidth(view) + 8, 22, Colour.WHITE);
		legend(drawing, view, 4, 4);
		return drawing;
	}

	/** What an empty matrix says to do. */
	public static String emptyMessage(MatrixView view) {
		if (!view.settings().filter().equals(MatrixFilter.ALL)) {
			return "Nothing passes the filter: clear a filter to see more.";
		}
		boolean noTeams = (view.settings().swapped() ? view.columns() : view.rows()).isEmpty();
		return noTeams ? "No teams yet: add one from the header's menu (right-click), then customer groups."
				: "No customer groups yet: add one from the header's menu (right-click).";
	}

	private static void header(Drawing drawing, Axis axis, double x, double y, double w, double h) {
		drawing.add(new Box(x, y, w, h, HEADER_FILL, GRID, 1, 0, axis.id(), axis.name()));
		drawing.text(x + 8, y + 7, axis.name(), HEADER_SIZE, true, TEXT, w - 16);
		drawing.text(x + 8, y + 25, axis.detail(), TEXT_SIZE, false, MUTED, w - 16);
	}

	private static void cell(Drawing drawing, MatrixCell cell, double x, double y, double h) {
		if (cell.isGap()) {
			drawing.add(new Box(x, y, CELL_WIDTH, h, MatrixView.GAP, GRID, 1, 0, gapRef(cell),
					"No cell: " + cell.team().getName() + " / " + cell.group().getName() + ". Click to add one."));
			drawing.add(new Label(x + CELL_WIDTH / 2.0, y + h / 2 - 12, "+", 22, false, Colour.hex("#9aa3af"),
					Anchor.MIDDLE, 0));
			return;
		}
		if (cell.filtered()) {
			drawing.add(new Box(x, y, CELL_WIDTH, h, MatrixView.FILTERED, GRID, 1, 0, null, null));
			drawing.text(x + CELL_PADDING, y + CELL_PADDING, "(left out by the filter)", TEXT_SIZE, false, MUTED, 0);
			return;
		}
		drawing.add(new Box(x, y, CELL_WIDTH, h, cell.fill(), GRID, 1, 0, cell.cell().getId(),
				cell.team().getName() + " / " + cell.group().getName()));
		if (cell.hotUnplanned()) {
			drawing.add(new Box(x + 2, y + 2, CELL_WIDTH - 4, h - 4, null, MatrixView.UNPLANNED, 3, 0, null, null));
		}
		Colour text = cell.fill().readableText().equals(Colour.WHITE) ? Colour.WHITE : TEXT;
		for (int i = 0; i < cell.lines().size(); i++) {
			String line = cell.lines().get(i);
			boolean breach = line.startsWith("✗") && text == TEXT;
			drawing.text(x + CELL_PADDING, y + CELL_PADDING + i * LINE_HEIGHT, line, TEXT_SIZE, i == 0,
					breach ? BREACH : text, CELL_WIDTH - 2 * CELL_PADDING);
		}
	}

	private static double legendWidth(MatrixView view) {
		double width = TextMetrics.width("Legend", TEXT_SIZE, true) + 16;
		for (LegendEntry entry : view.legend()) {
			width += 20 + TextMetrics.width(entry.text(), TEXT_SIZE, false) + 18;
		}
		return width;
	}

	private static void legend(Drawing drawing, MatrixView view, double x, double y) {
		drawing.text(x, y, "Legend", TEXT_SIZE, true, TEXT, 0);
		double at = x + TextMetrics.width("Legend", TEXT_SIZE, true) + 16;
		for (LegendEntry entry : view.legend()) {
			drawing.add(new Box(at, y, 14, 14, entry.fill(), entry.border() == null ? GRID : entry.border(),
					entry.border() == null ? 1 : 3, 0, null, null));
			drawing.text(at + 20, y + 1, entry.text(), TEXT_SIZE, false, TEXT, 0);
			at += 20 + TextMetrics.width(entry.text(), TEXT_SIZE, false) + 18;
		}
	}
}
