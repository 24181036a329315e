package org.parley.ui.matrix.grid;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.layer.cell.ILayerCell;
import org.eclipse.nebula.widgets.nattable.painter.cell.AbstractCellPainter;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.parley.representation.draw.Colour;
import org.parley.representation.draw.Drawing;
import org.parley.representation.matrix.Axis;
import org.parley.representation.matrix.MatrixCell;
import org.parley.representation.matrix.MatrixDrawing;
import org.parley.representation.matrix.MatrixView;
import org.parley.ui.draw.DrawingPainter;

/**
 * Paints a place of the grid, a header or the corner from its drawing ({@link MatrixDrawing}), then the marks only
 * the screen has: the selection and a red corner on objects with validation findings.
 */
final class MatrixPlacePainter extends AbstractCellPainter {

	private static final Colour SELECTION = Colour.hex("#1f6fd1"), PROBLEM = Colour.hex("#d32f2f");

	private final DrawingPainter painter;
	private final Supplier<MatrixView> view;
	private final Map<Object, Drawing> drawings = new IdentityHashMap<>();
	private EObject selected;
	private Function<EObject, String> problems = object -> null;

	MatrixPlacePainter(DrawingPainter painter, Supplier<MatrixView> view) {
		this.painter = painter;
		this.view = view;
	}

	/** Drops the drawings of the last view. */
	void forget() {
		drawings.clear();
	}

	void mark(EObject selectedObject, Function<EObject, String> problemsOf) {
		this.selected = selectedObject;
		this.problems = problemsOf == null ? object -> null : problemsOf;
	}

	@Override
	public void paintCell(ILayerCell cell, GC gc, Rectangle bounds, IConfigRegistry configRegistry) {
		Object value = cell.getDataValue();
		double zoom = view.get().settings().zoom();
		Drawing drawing = drawings.computeIfAbsent(value, v -> drawingOf(v, bounds, zoom));
		if (drawing == null) {
			return;
		}
		Rectangle clip = gc.getClipping();
		gc.setClipping(bounds.intersection(clip));
		painter.paint(gc, drawing, zoom, -bounds.x, -bounds.y, null);
		EObject object = value instanceof MatrixCell place ? place.cell()
				: value instanceof Axis axis ? axis.object() : null;
		if (object != null && problems.apply(object) != null) {
			Color red = new Color(gc.getDevice(), PROBLEM.red(), PROBLEM.green(), PROBLEM.blue());
			gc.setBackground(red);
			int size = (int) Math.round(12 * zoom);
			int right = bounds.x + bounds.width - 1;
			gc.fillPolygon(new int[] { right - size, bounds.y, right, bounds.y, right, bounds.y + size });
			red.dispose();
		}
		if (object != null && object == selected) {
			Color blue = new Color(gc.getDevice(), SELECTION.red(), SELECTION.green(), SELECTION.blue());
			gc.setForeground(blue);
			gc.setLineWidth(3);
			gc.drawRectangle(bounds.x + 1, bounds.y + 1, bounds.width - 3, bounds.height - 3);
			gc.setLineWidth(1);
			blue.dispose();
		}
		gc.setClipping(clip);
	}

	private Drawing drawingOf(Object value, Rectangle bounds, double zoom) {
		if (value instanceof MatrixCell place) {
			return MatrixDrawing.cellDrawing(place, view.get().settings().heat());
		}
		if (value instanceof Axis axis) {
			return MatrixDrawing.headerDrawing(axis, bounds.width / zoom, bounds.height / zoom);
		}
		if (value instanceof String text) {
			Drawing corner = new Drawing(Math.max(1, bounds.width / zoom), Math.max(1, bounds.height / zoom),
					MatrixDrawing.HEADER_FILL);
			corner.box(0, 0, bounds.width / zoom, bounds.height / zoom, MatrixDrawing.HEADER_FILL, MatrixDrawing.GRID,
					null, null);
			corner.text(8, 8, text, MatrixDrawing.HEADER_SIZE, true, MatrixDrawing.MUTED, bounds.width / zoom - 16);
			return corner;
		}
		return null;
	}

	@Override
	public int getPreferredWidth(ILayerCell cell, GC gc, IConfigRegistry configRegistry) {
		return cell.getBounds().width;
	}

	@Override
	public int getPreferredHeight(ILayerCell cell, GC gc, IConfigRegistry configRegistry) {
		return cell.getBounds().height;
	}

}
