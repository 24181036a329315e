package org.parley.ui.matrix.grid;

import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes;
import org.eclipse.nebula.widgets.nattable.config.ConfigRegistry;
import org.eclipse.nebula.widgets.nattable.config.DefaultNatTableStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.nebula.widgets.nattable.grid.layer.ColumnHeaderLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.CornerLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.GridLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.RowHeaderLayer;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.layer.LabelStack;
import org.eclipse.nebula.widgets.nattable.layer.cell.ILayerCell;
import org.eclipse.nebula.widgets.nattable.reorder.ColumnReorderLayer;
import org.eclipse.nebula.widgets.nattable.reorder.RowReorderLayer;
import org.eclipse.nebula.widgets.nattable.reorder.event.ColumnReorderEvent;
import org.eclipse.nebula.widgets.nattable.reorder.event.RowReorderEvent;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.parley.representation.matrix.Axis;
import org.parley.representation.matrix.MatrixCell;
import org.parley.representation.matrix.MatrixDrawing;
import org.parley.representation.matrix.MatrixView;
import org.parley.ui.draw.DrawingPainter;

/**
 * The conversation matrix as a NatTable grid: row and column headers (name and function or stage) and one place per
 * team and customer group, each painted from the same drawing the exports write. Knows no workbench: it shows a
 * {@link MatrixView}, tells where a point falls, and reports drags of headers as moves; the page turns those into
 * commands.
 */
public final class MatrixGrid {

	/** What lies under a point of the grid. */
	public sealed interface Hit permits CellHit, HeaderHit, Nothing {
	}

	/** A place of the body: a cell, a gap or a filtered place. */
	public record CellHit(MatrixCell place, int row, int column) implements Hit {
	}

	/** A row header ({@code row} true) or a column header. */
	public record HeaderHit(Axis axis, boolean row, int index) implements Hit {
	}

	/** The corner or outside the grid. */
	public record Nothing() implements Hit {
	}

	/** Told when the user drags a header from one place to another. */
	public interface ReorderListener {
		/** @param rows whether a row header moved (else a column header) */
		void moved(boolean rows, int from, int to);
	}

	private MatrixView view;
	private final DataLayer body;
	private final DataLayer columnHeaders;
	private final DataLayer rowHeaders;
	private final ColumnReorderLayer columnReorder;
	private final RowReorderLayer rowReorder;
	private final ViewportLayer viewport;
	private final NatTable table;
	private final DrawingPainter painter;
	private final MatrixPlacePainter placePainter;
	private ReorderListener reorderListener = (rows, from, to) -> {
	};

	public MatrixGrid(Composite parent, MatrixView view) {
		CollectionsFactories.ensureLoaded();
		this.view = view;
		body = new DataLayer(new IDataProvider() {
			@Override
			public Object getDataValue(int column, int row) {
				return MatrixGrid.this.view.cell(row, column);
			}

			@Override
			public void setDataValue(int column, int row, Object value) {
				// edited through commands, never in place
			}

			@Override
			public int getColumnCount() {
				return MatrixGrid.this.view.columns().size();
			}

			@Override
			public int getRowCount() {
				return MatrixGrid.this.view.rows().size();
			}
		});
		columnReorder = new ColumnReorderLayer(body);
		rowReorder = new RowReorderLayer(columnReorder);
		SelectionLayer selection = new SelectionLayer(rowReorder);
		viewport = new ViewportLayer(selection);
		columnHeaders = new DataLayer(new AxisProvider(() -> this.view.columns(), false));
		rowHeaders = new DataLayer(new AxisProvider(() -> this.view.rows(), true));
		ColumnHeaderLayer columnHeaderLayer = new ColumnHeaderLayer(columnHeaders, viewport, selection);
		RowHeaderLayer rowHeaderLayer = new RowHeaderLayer(rowHeaders, viewport, selection);
		CornerLayer corner = new CornerLayer(new DataLayer(new CornerProvider(() -> this.view)), rowHeaderLayer,
				columnHeaderLayer);
		GridLayer grid = new GridLayer(viewport, columnHeaderLayer, rowHeaderLayer, corner);
		table = new NatTable(parent, SWT.NO_BACKGROUND | SWT.NO_REDRAW_RESIZE | SWT.DOUBLE_BUFFERED | SWT.V_SCROLL
				| SWT.H_SCROLL, grid, false);
		painter = new DrawingPainter(table.getDisplay());
		placePainter = new MatrixPlacePainter(painter, () -> this.view);
		ConfigRegistry config = new ConfigRegistry();
		table.setConfigRegistry(config);
		table.addConfiguration(new DefaultNatTableStyleConfiguration());
		table.configure();
		for (DisplayMode mode : List.of(DisplayMode.NORMAL, DisplayMode.SELECT, DisplayMode.HOVER, DisplayMode.SELECT_HOVER)) {
			config.registerConfigAttribute(CellConfigAttributes.CELL_PAINTER, placePainter, mode, GridRegion.BODY);
			config.registerConfigAttribute(CellConfigAttributes.CELL_PAINTER, placePainter, mode, GridRegion.COLUMN_HEADER);
			config.registerConfigAttribute(CellConfigAttributes.CELL_PAINTER, placePainter, mode, GridRegion.ROW_HEADER);
			config.registerConfigAttribute(CellConfigAttributes.CELL_PAINTER, placePainter, mode, GridRegion.CORNER);
		}
		columnReorder.addLayerListener(event -> {
			if (event instanceof ColumnReorderEvent) {
				reported(false, columnReorder.getColumnIndexOrderArray());
			}
		});
		rowReorder.addLayerListener(event -> {
			if (event instanceof RowReorderEvent) {
				reported(true, rowReorder.getRowIndexOrderArray());
			}
		});
		table.addDisposeListener(e -> painter.dispose());
		sizes();
	}

	/** A drag moved one header: find which, put the layer back in model order, and tell the listener. */
	private void reported(boolean rows, int[] order) {
		int first = -1, last = -1;
		for (int i = 0; i < order.length; i++) {
			if (order[i] != i) {
				first = first < 0 ? i : first;
				last = i;
			}
		}
		if (rows) {
			rowReorder.resetReorder();
		} else {
			columnReorder.resetReorder();
		}
		if (first < 0) {
			return;
		}
		// moved left: the last one now sits first; moved right: the first one now sits last
		int from = order[first] == last ? last : first;
		int to = from == last ? first : last;
		int moveFrom = from, moveTo = to;
		table.getDisplay().asyncExec(() -> reorderListener.moved(rows, moveFrom, moveTo));
	}

	public void onReorder(ReorderListener listener) {
		this.reorderListener = listener;
	}

	/** Shows another view (after a change of the model, the figures or the settings). */
	public void setView(MatrixView newView) {
		this.view = newView;
		placePainter.forget();
		sizes();
		table.refresh();
	}

	public MatrixView view() {
		return view;
	}

	private void sizes() {
		double zoom = view.settings().zoom();
		int cellHeight = (int) Math.round(MatrixDrawing.cellHeight(view.settings().heat()) * zoom);
		int cellWidth = (int) Math.round(MatrixDrawing.CELL_WIDTH * zoom);
		body.setDefaultColumnWidth(cellWidth);
		body.setDefaultRowHeight(cellHeight);
		columnHeaders.setDefaultColumnWidth(cellWidth);
		columnHeaders.setDefaultRowHeight((int) Math.round(MatrixDrawing.COLUMN_HEADER_HEIGHT * zoom));
		rowHeaders.setDefaultColumnWidth((int) Math.round(MatrixDrawing.ROW_HEADER_WIDTH * zoom));
		rowHeaders.setDefaultRowHeight(cellHeight);
	}

	/** The model objects to mark as selected and with problems (a finding's message per object). */
	public void mark(EObject selected, Function<EObject, String> problems) {
		placePainter.mark(selected, problems);
		table.redraw();
	}

	/** What lies at a point of the table's control. */
	public Hit hitAt(int x, int y) {
		int column = table.getColumnPositionByX(x), row = table.getRowPositionByY(y);
		if (column < 0 || row < 0) {
			return new Nothing();
		}
		LabelStack labels = table.getRegionLabelsByXY(x, y);
		ILayerCell cell = table.getCellByPosition(column, row);
		if (labels == null || cell == null) {
			return new Nothing();
		}
		Object value = cell.getDataValue();
		if (labels.hasLabel(GridRegion.BODY) && value instanceof MatrixCell place) {
			int r = view.rows().indexOf(rowAxisOf(place)), c = view.columns().indexOf(columnAxisOf(place));
			return new CellHit(place, r, c);
		}
		if (value instanceof Axis axis) {
			boolean isRow = labels.hasLabel(GridRegion.ROW_HEADER);
			return new HeaderHit(axis, isRow, (isRow ? view.rows() : view.columns()).indexOf(axis));
		}
		return new Nothing();
	}

	private Axis rowAxisOf(MatrixCell place) {
		Object object = view.settings().swapped() ? place.group() : place.team();
		return view.rows().stream().filter(a -> a.object() == object).findFirst().orElse(null);
	}

	private Axis columnAxisOf(MatrixCell place) {
		Object object = view.settings().swapped() ? place.team() : place.group();
		return view.columns().stream().filter(a -> a.object() == object).findFirst().orElse(null);
	}

	/** Scrolls so that a place shows. */
	public void reveal(int row, int column) {
		if (row >= 0 && column >= 0 && row < view.rows().size() && column < view.columns().size()) {
			viewport.moveCellPositionIntoViewport(column, row);
		}
	}

	/** The table's scroll position in pixels from the top, for a scroll step. */
	public void scrollTo(int originY) {
		viewport.setOriginY(originY);
	}

	public NatTable table() {
		return table;
	}
}
