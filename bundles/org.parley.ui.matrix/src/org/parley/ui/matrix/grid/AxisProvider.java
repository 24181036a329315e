package org.parley.ui.matrix.grid;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.parley.representation.matrix.Axis;

/** The headers of one axis: a row per axis entry for row headers, a column per entry for column headers. */
final class AxisProvider implements IDataProvider {

	private final Supplier<List<Axis>> axes;
	private final boolean rows;

	AxisProvider(Supplier<List<Axis>> axes, boolean rows) {
		this.axes = axes;
		this.rows = rows;
	}

	@Override
	public Object getDataValue(int column, int row) {
		return axes.get().get(rows ? row : column);
	}

	@Override
	public void setDataValue(int column, int row, Object value) {
		// renamed through commands
	}

	@Override
	public int getColumnCount() {
		return rows ? 1 : axes.get().size();
	}

	@Override
	public int getRowCount() {
		return rows ? axes.get().size() : 1;
	}
}
