package org.parley.representation.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.parley.representation.draw.Box;
import org.parley.representation.draw.Drawing;
import org.parley.representation.draw.Label;
import org.parley.representation.draw.SvgWriter;
import org.w3c.dom.Document;

class MatrixDrawingTest {

	private final SmallPlan small = new SmallPlan();

	@Test
	void theDrawingIsAsLargeAsHeadersCellsTitleAndLegend() {
		MatrixView view = MatrixView.build(small.plan, small.figures(), MatrixSettings.DEFAULT.withHeat(HeatKind.VOLUME));

		Drawing drawing = MatrixDrawing.draw(view);

		int cellHeight = MatrixDrawing.cellHeight(HeatKind.VOLUME);
		assertThat(cellHeight).isEqualTo(2 * MatrixDrawing.CELL_PADDING + 6 * MatrixDrawing.LINE_HEIGHT);
		assertThat(drawing.width()).isEqualTo(2 * MatrixDrawing.MARGIN + MatrixDrawing.ROW_HEADER_WIDTH
				+ 3 * MatrixDrawing.CELL_WIDTH);
		assertThat(drawing.height()).isEqualTo(2 * MatrixDrawing.MARGIN + MatrixDrawing.TITLE_HEIGHT
				+ MatrixDrawing.COLUMN_HEADER_HEIGHT + 2 * cellHeight + MatrixDrawing.LEGEND_HEIGHT);
	}

	@Test
	void cellsHeadersAndGapsAreBoxesNamedByTheirObjects() {
		MatrixView view = MatrixView.build(small.plan, small.figures(), MatrixSettings.DEFAULT.withHeat(HeatKind.VOLUME));

		Drawing drawing = MatrixDrawing.draw(view);

		Box cell = drawing.boxOf("c1");
		assertThat(cell.fill()).isEqualTo(HeatKind.VOLUME.hot());
		assertThat(drawing.hit(cell.x() + 5, cell.y() + 5).ref()).isEqualTo("c1");
		assertThat(drawing.boxOf("service")).isNotNull();
		assertThat(drawing.boxOf("press").tooltip()).isEqualTo("Press");
		assertThat(drawing.boxOf("gap:service:press")).isNotNull();
		assertThat(drawing.shapes()).filteredOn(Label.class::isInstance).map(s -> ((Label) s).text())
				.contains("Small plan", "4 mentions", "Legend", "talked about a lot, nothing planned");
	}

	@Test
	void anEmptyPlanSaysWhatToDo() {
		small.plan.getStrategy().getTeams().clear();

		Drawing drawing = MatrixDrawing.draw(MatrixView.build(small.plan, MatrixFigures.EMPTY, MatrixSettings.DEFAULT));

		assertThat(drawing.shapes()).filteredOn(Label.class::isInstance).map(s -> ((Label) s).text())
				.anyMatch(t -> t.startsWith("No teams yet"));
	}

	@Test
	void theSvgOfTheSampleParses() throws Exception {
		MatrixView view = MatrixView.build(org.parley.core.sample.SampleProject.create(), MatrixFigures.EMPTY,
				MatrixSettings.DEFAULT.withSwapped(true));

		String svg = SvgWriter.toSvg(MatrixDrawing.draw(view));

		Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
				.parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
		assertThat(document.getDocumentElement().getAttribute("width")).isNotBlank();
		assertThat(document.getElementsByTagName("rect").getLength()).isGreaterThan(view.rows().size() * view.columns().size());
	}
}
