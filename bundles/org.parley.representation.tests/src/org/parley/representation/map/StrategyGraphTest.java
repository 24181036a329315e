package org.parley.representation.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.parley.core.sample.SampleProject;
import org.parley.model.ConversationCell;
import org.parley.model.Plan;
import org.parley.model.Team;

class StrategyGraphTest {

	private final Plan sample = SampleProject.create();

	@Test
	void hasANodeForEveryTeamGroupCellTopicAndChannelOfTheSample() {
		StrategyGraph graph = StrategyGraph.of(sample, MapSettings.ALL);

		assertThat(graph.count(NodeKind.TEAM)).isEqualTo(sample.getStrategy().getTeams().size()).isPositive();
		assertThat(graph.count(NodeKind.CUSTOMER_GROUP)).isEqualTo(sample.getStrategy().getCustomerGroups().size());
		assertThat(graph.count(NodeKind.CELL)).isEqualTo(sample.getMatrix().getCells().size()).isPositive();
		assertThat(graph.count(NodeKind.TOPIC)).isEqualTo(sample.getStrategy().getTopics().size());
		assertThat(graph.count(NodeKind.CHANNEL)).isEqualTo(sample.getChannels().getChannels().size());
		Team first = sample.getStrategy().getTeams().get(0);
		assertThat(graph.node(first.getId()).label()).isEqualTo(first.getName());
	}

	@Test
	void linksEachCellToItsTeamGroupTopicsAndChannels() {
		StrategyGraph graph = StrategyGraph.of(sample, MapSettings.ALL);

		int expected = 0;
		for (ConversationCell cell : sample.getMatrix().getCells()) {
			expected += 2 + cell.getTopics().size() + cell.getChannels().size();
			assertThat(graph.edges()).contains(new MapEdge(cell.getTeam().getId(), cell.getId(), NodeKind.CELL),
					new MapEdge(cell.getId(), cell.getCustomerGroup().getId(), NodeKind.CUSTOMER_GROUP));
			cell.getTopics().forEach(topic -> assertThat(graph.edges())
					.contains(new MapEdge(cell.getId(), topic.getId(), NodeKind.TOPIC)));
		}
		assertThat(graph.edges()).hasSize(expected);
		ConversationCell cell = sample.getMatrix().getCells().get(0);
		assertThat(graph.node(cell.getId()).label())
				.isEqualTo(cell.getTeam().getName() + " × " + cell.getCustomerGroup().getName());
	}

	@Test
	void hiddenKindsLoseTheirNodesAndEdges() {
		StrategyGraph graph = StrategyGraph.of(sample,
				MapSettings.ALL.withKinds(EnumSet.of(NodeKind.TEAM, NodeKind.CUSTOMER_GROUP)));

		assertThat(graph.count(NodeKind.TOPIC)).isZero();
		assertThat(graph.count(NodeKind.CHANNEL)).isZero();
		assertThat(graph.count(NodeKind.CELL)).as("cells always show").isEqualTo(sample.getMatrix().getCells().size());
		assertThat(graph.edges()).allMatch(edge -> !edge.secondary()).hasSize(2 * sample.getMatrix().getCells().size());
	}

	@Test
	void focusOnATeamKeepsItsCellsAndWhatTheyLinkTo() {
		Team team = sample.getStrategy().getTeams().get(0);

		StrategyGraph graph = StrategyGraph.of(sample, MapSettings.ALL.withFocus(Set.of(team.getId())));

		long cellsOfTeam = sample.getMatrix().getCells().stream().filter(c -> c.getTeam() == team).count();
		assertThat(graph.count(NodeKind.CELL)).isEqualTo(cellsOfTeam).isPositive();
		assertThat(graph.count(NodeKind.TEAM)).isEqualTo(1);
		for (ConversationCell cell : sample.getMatrix().getCells()) {
			assertThat(graph.node(cell.getId()) != null).isEqualTo(cell.getTeam() == team);
			if (cell.getTeam() == team) {
				assertThat(graph.node(cell.getCustomerGroup().getId())).isNotNull();
			}
		}
		assertThat(graph.count(NodeKind.CUSTOMER_GROUP)).isLessThanOrEqualTo(cellsOfTeam);
	}

	@Test
	void cellsComeInTeamThenGroupOrder() {
		StrategyGraph graph = StrategyGraph.of(sample, MapSettings.ALL);

		var teams = sample.getStrategy().getTeams();
		var groups = sample.getStrategy().getCustomerGroups();
		int lastTeam = -1, lastGroup = -1;
		for (MapNode node : graph.nodes()) {
			if (node.kind() == NodeKind.CELL) {
				ConversationCell cell = (ConversationCell) sample.getMatrix().getCells().stream()
						.filter(c -> c.getId().equals(node.id())).findFirst().orElseThrow();
				int team = teams.indexOf(cell.getTeam()), group = groups.indexOf(cell.getCustomerGroup());
				assertThat(team > lastTeam || (team == lastTeam && group > lastGroup)).as(node.label()).isTrue();
				lastTeam = team;
				lastGroup = group;
			}
		}
	}
}
