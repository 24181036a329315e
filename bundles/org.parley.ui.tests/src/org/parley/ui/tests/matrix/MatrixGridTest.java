package org.parley.ui.tests.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.nebula.widgets.nattable.layer.cell.ILayerCell;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.parley.core.sample.SampleProject;
import org.parley.model.Plan;
import org.parley.representation.matrix.HeatKind;
import org.parley.representation.matrix.MatrixCell;
import org.parley.representation.matrix.MatrixFigures;
import org.parley.representation.matrix.MatrixSettings;
import org.parley.representation.matrix.MatrixView;
import org.parley.ui.matrix.grid.MatrixGrid;
import org.parley.ui.matrix.grid.MatrixGrid.CellHit;
import org.parley.ui.matrix.grid.MatrixGrid.HeaderHit;
import org.parley.ui.testing.UiThread;

/** The matrix grid alone in a shell: it paints its places as the drawing does and tells what lies under a point. */
class MatrixGridTest {

	@Test
	void paintsGapsInTheirGreyAndTellsCellsAndHeadersApart() {
		Plan plan = SampleProject.create();
		MatrixView view = MatrixView.build(plan, MatrixFigures.EMPTY, MatrixSettings.DEFAULT.withHeat(HeatKind.PLANNED));
		UiThread.run(() -> {
			Shell shell = new Shell(UiThread.display());
			try {
				shell.setLayout(new FillLayout());
				shell.setSize(1200, 800);
				MatrixGrid grid = new MatrixGrid(shell, view);
				shell.open();
				shell.layout();
				var table = grid.table();
				ILayerCell gap = null;
				for (int row = 1; row < table.getRowCount() && gap == null; row++) {
					for (int column = 1; column < table.getColumnCount() && gap == null; column++) {
						ILayerCell cell = table.getCellByPosition(column, row);
						if (cell.getDataValue() instanceof MatrixCell place && place.isGap()
								&& cell.getBounds().x + cell.getBounds().width < 1200
								&& cell.getBounds().y + cell.getBounds().height < 750) {
							gap = cell;
						}
					}
				}
				assertThat(gap).as("a gap on screen").isNotNull();
				Image image = new Image(UiThread.display(), table.getSize().x, table.getSize().y);
				GC gc = new GC(image);
				// the table's own painter, called directly: NatTable would swallow what goes wrong
				table.getLayer().getLayerPainter().paintLayer(table, gc, 0, 0,
						new org.eclipse.swt.graphics.Rectangle(0, 0, table.getSize().x, table.getSize().y),
						table.getConfigRegistry());
				gc.dispose();
				ImageData data = image.getImageData();
				image.dispose();
				RGB at = data.palette.getRGB(data.getPixel(gap.getBounds().x + 10, gap.getBounds().y + 10));
				assertThat(at).isEqualTo(new RGB(0xf4, 0xf5, 0xf7));
				var bounds = gap.getBounds();
				assertThat(grid.hitAt(bounds.x + 5, bounds.y + 5)).isInstanceOf(CellHit.class);
				assertThat(((CellHit) grid.hitAt(bounds.x + 5, bounds.y + 5)).place().isGap()).isTrue();
				assertThat(grid.hitAt(5, bounds.y + 5)).isInstanceOfSatisfying(HeaderHit.class,
						h -> assertThat(h.row()).isTrue());
			} finally {
				shell.dispose();
			}
		});
	}
}
