package org.parley.representation.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.parley.core.sample.SampleProject;
import org.parley.model.ParleyFactory;
import org.parley.model.Plan;
import org.parley.representation.draw.Box;
import org.parley.representation.draw.Drawing;
import org.parley.representation.draw.Label;
import org.parley.representation.draw.Line;
import org.parley.representation.draw.SvgWriter;
import org.parley.representation.draw.TextMetrics;

class MapDrawingTest {

	private final Plan sample = SampleProject.create();

	@Test
	void drawsEveryNodeAsABoxNamedByItsObjectInItsKindsColour() {
		StrategyGraph graph = StrategyGraph.of(sample, MapSettings.ALL);

		Drawing drawing = MapDrawing.draw(graph, MapLayout.layout(graph));

		for (MapNode node : graph.nodes()) {
			Box box = drawing.boxOf(node.id());
			assertThat(box).as(node.label()).isNotNull();
			assertThat(box.fill()).isEqualTo(node.kind().fill());
			assertThat(drawing.hit(box.x() + box.width() / 2, box.y() + box.height() / 2).ref()).isEqualTo(node.id());
		}
		assertThat(drawing.shapes().stream().filter(Line.class::isInstance).map(Line.class::cast))
				.hasSize(graph.edges().size()).allMatch(Line::arrow);
	}

	@Test
	void labelsFitTheirBoxes() {
		Drawing drawing = MapDrawing.of(sample, MapSettings.ALL);

		List<Label> labels = drawing.shapes().stream().filter(Label.class::isInstance).map(Label.class::cast).toList();
		assertThat(labels).isNotEmpty();
		for (Label label : labels) {
			if (label.maxWidth() > 0) {
				assertThat(TextMetrics.width(label.shownText(), label.size(), label.bold())).as(label.text())
						.isLessThanOrEqualTo(label.maxWidth());
			}
			assertThat(label.x() + (label.maxWidth() > 0 ? label.maxWidth() : 0)).isLessThanOrEqualTo(drawing.width());
		}
	}

	@Test
	void theLegendNamesEachKindShownWithItsCount() {
		Drawing drawing = MapDrawing.of(sample, MapSettings.ALL);

		List<String> texts = drawing.shapes().stream().filter(Label.class::isInstance).map(s -> ((Label) s).text())
				.toList();
		assertThat(texts).contains("Teams (" + sample.getStrategy().getTeams().size() + ")",
				"Conversation cells (" + sample.getMatrix().getCells().size() + ")",
				"Customer groups (" + sample.getStrategy().getCustomerGroups().size() + ")");
	}

	@Test
	void aStrategyWithoutTeamsSaysWhatToDoInstead() {
		Plan plan = ParleyFactory.eINSTANCE.createPlan();
		plan.setStrategy(ParleyFactory.eINSTANCE.createStrategy());

		Drawing drawing = MapDrawing.of(plan, MapSettings.ALL);

		assertThat(drawing.shapes()).hasSize(1);
		assertThat(((Label) drawing.shapes().get(0)).text()).contains("no teams");
	}

	@Test
	void theSvgExportCarriesEveryNodeById() {
		StrategyGraph graph = StrategyGraph.of(sample, MapSettings.ALL);

		String svg = SvgWriter.toSvg(MapDrawing.draw(graph, MapLayout.layout(graph)));

		graph.nodes().forEach(node -> assertThat(svg).contains("data-ref=\"" + node.id() + "\""));
	}

	@Test
	void bigPicturesAreScaledDownToWhatAnImageHolds() {
		Drawing tall = new Drawing(2_000, 80_000, null);

		double zoom = MapDrawing.pictureZoom(tall, 1);

		assertThat(tall.height() * zoom).isLessThanOrEqualTo(16_000);
		assertThat(MapDrawing.pictureZoom(new Drawing(800, 600, null), 2)).isEqualTo(2);
	}
}
