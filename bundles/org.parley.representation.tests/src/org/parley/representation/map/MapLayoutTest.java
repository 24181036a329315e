package org.parley.representation.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.parley.core.sample.LargeProjectGenerator;
import org.parley.core.sample.SampleProject;
import org.parley.model.Plan;

class MapLayoutTest {

	private static final double TOLERANCE = 1.0;

	@Test
	void noTwoNodeBoxesOfTheSampleOverlap() {
		LaidOutMap map = MapLayout.layout(StrategyGraph.of(SampleProject.create(), MapSettings.ALL));

		assertNoOverlaps(map.places());
		assertThat(map.places()).allMatch(p -> p.x() >= 0 && p.y() >= 0 && p.right() <= map.width()
				&& p.bottom() <= map.height());
	}

	@Test
	void everyEdgeStartsOnItsSourceBoxAndEndsOnItsTargetBox() {
		LaidOutMap map = MapLayout.layout(StrategyGraph.of(SampleProject.create(), MapSettings.ALL));

		Map<String, LaidOutMap.Place> places = map.placesById();
		assertThat(map.routes()).isNotEmpty();
		for (LaidOutMap.Route route : map.routes()) {
			List<Double> p = route.points();
			assertThat(p.size()).isGreaterThanOrEqualTo(4);
			assertOnBorder(places.get(route.edge().from()), p.get(0), p.get(1));
			assertOnBorder(places.get(route.edge().to()), p.get(p.size() - 2), p.get(p.size() - 1));
		}
	}

	@Test
	void teamsComeLeftOfCellsAndCellsLeftOfGroupsTopicsAndChannels() {
		LaidOutMap map = MapLayout.layout(StrategyGraph.of(SampleProject.create(), MapSettings.ALL));

		double teamsRight = max(map, NodeKind.TEAM, LaidOutMap.Place::right);
		double cellsLeft = -max(map, NodeKind.CELL, p -> -p.x()), cellsRight = max(map, NodeKind.CELL, LaidOutMap.Place::right);
		assertThat(teamsRight).isLessThan(cellsLeft);
		for (NodeKind kind : List.of(NodeKind.CUSTOMER_GROUP, NodeKind.TOPIC, NodeKind.CHANNEL)) {
			assertThat(-max(map, kind, p -> -p.x())).as(kind.plural()).isGreaterThan(cellsRight);
		}
	}

	@Test
	void theSamePlanGivesTheSameLayout() {
		Plan plan = SampleProject.create();

		LaidOutMap first = MapLayout.layout(StrategyGraph.of(plan, MapSettings.ALL));
		LaidOutMap second = MapLayout.layout(StrategyGraph.of(plan, MapSettings.ALL));

		assertThat(second).isEqualTo(first);
	}

	@Test
	void aStrategyOf2500CellsLaysOutWithoutOverlaps() {
		Plan plan = LargeProjectGenerator.generate(2500, 0, 1, 7L);

		StrategyGraph graph = StrategyGraph.of(plan, MapSettings.ALL);
		LaidOutMap map = MapLayout.layout(graph);

		assertThat(graph.count(NodeKind.CELL)).isEqualTo(2500);
		assertThat(map.places()).hasSize(graph.nodes().size());
		assertNoOverlaps(map.places());
		Map<String, LaidOutMap.Place> places = map.placesById();
		for (LaidOutMap.Route route : map.routes()) {
			List<Double> p = route.points();
			assertOnBorder(places.get(route.edge().from()), p.get(0), p.get(1));
			assertOnBorder(places.get(route.edge().to()), p.get(p.size() - 2), p.get(p.size() - 1));
		}
		double lastY = -1;
		for (MapNode node : graph.nodes()) {
			if (node.kind() == NodeKind.CELL) {
				assertThat(places.get(node.id()).y()).as("cells top to bottom in the graph's order: " + node.label())
						.isGreaterThan(lastY);
				lastY = places.get(node.id()).y();
			}
		}
	}

	private static double max(LaidOutMap map, NodeKind kind, java.util.function.ToDoubleFunction<LaidOutMap.Place> f) {
		return map.places().stream().filter(p -> p.node().kind() == kind).mapToDouble(f).max().orElseThrow();
	}

	/** Sorted by x then y, only neighbours in a sweep can overlap; this keeps the check fast for thousands of nodes. */
	private static void assertNoOverlaps(List<LaidOutMap.Place> places) {
		List<LaidOutMap.Place> sorted = places.stream()
				.sorted(java.util.Comparator.comparingDouble(LaidOutMap.Place::x)).toList();
		for (int i = 0; i < sorted.size(); i++) {
			LaidOutMap.Place a = sorted.get(i);
			for (int j = i + 1; j < sorted.size() && sorted.get(j).x() < a.right(); j++) {
				LaidOutMap.Place b = sorted.get(j);
				boolean overlap = a.y() < b.bottom() && b.y() < a.bottom();
				assertThat(overlap).as(a.node().label() + " and " + b.node().label()).isFalse();
			}
		}
	}

	private static void assertOnBorder(LaidOutMap.Place place, double x, double y) {
		assertThat(x).as(place.node().label()).isBetween(place.x() - TOLERANCE, place.right() + TOLERANCE);
		assertThat(y).as(place.node().label()).isBetween(place.y() - TOLERANCE, place.bottom() + TOLERANCE);
		boolean onVerticalSide = Math.abs(x - place.x()) <= TOLERANCE || Math.abs(x - place.right()) <= TOLERANCE;
		boolean onHorizontalSide = Math.abs(y - place.y()) <= TOLERANCE || Math.abs(y - place.bottom()) <= TOLERANCE;
		assertThat(onVerticalSide || onHorizontalSide).as(place.node().label() + " border at " + x + ", " + y).isTrue();
	}
}
