package org.parley.ui.matrix.grid;

import java.util.function.Supplier;

import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.parley.representation.matrix.MatrixView;

/** The corner of the grid: says which axis holds what. */
final class CornerProvider implements IDataProvider {

	private final Supplier<MatrixView> view;

	CornerProvider(Supplier<MatrixView> view) {
		this.view = view;
	}

	@Override
	public Object getDataValue(int column, int row) {
		return view.get().settings().swapped() ? "Groups \\ Teams" : "Teams \\ Groups";
	}

	@Override
	public void setDataValue(int column, int row, Object value) {
		// fixed text
	}

	@Override
	public int getColumnCount() {
		return 1;
	}

	@Override
	public int getRowCount() {
		return 1;
	}
}
