package org.parley.core.outline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.parley.core.outline.OutlineNode.Kind;
import org.parley.core.sample.SampleProject;
import org.parley.model.ContentItem;
import org.parley.model.Plan;
import org.parley.model.Schedule;

class PlanOutlineTest {

	private final Plan plan = SampleProject.create();

	@Test
	void showsStrategyCalendarAndListening() {
		assertThat(PlanOutline.of(plan, 0)).extracting(OutlineNode::label).containsExactly("Strategy", "Calendar",
				"Listening");
	}

	@Test
	void strategyGroupsBrandsChannelsTeamsGroupsTopicsAndTheMatrix() {
		OutlineNode strategy = PlanOutline.of(plan, 0).get(0);

		assertThat(strategy.children()).extracting(OutlineNode::label).containsExactly("Brands", "Channels", "Teams",
				"Customer Groups", "Topics", "Matrix");
		assertThat(strategy.child("Matrix").children()).hasSize(plan.getMatrix().getCells().size())
				.allMatch(n -> n.kind() == Kind.CELL && n.label().contains(" \u00d7 "));
	}

	@Test
	void teamsShowTheirMembers() {
		var team = plan.getStrategy().getTeams().get(0);
		OutlineNode node = PlanOutline.of(plan, 0).get(0).child("Teams").child(team.getName());

		assertThat(node.children()).hasSize(team.getMembers().size()).allMatch(n -> n.kind() == Kind.MEMBER);
	}

	@Test
	void calendarListsMonthsInOrderThenTheBacklog() {
		List<String> months = plan.getSchedules().stream().map(Schedule::getMonth)
				.filter(m -> m != null && !m.isBlank()).sorted().map(PlanOutline::monthLabel).toList();

		List<String> labels = PlanOutline.of(plan, 0).get(1).children().stream().map(OutlineNode::label).toList();

		assertThat(labels.subList(0, months.size())).containsExactlyElementsOf(months);
		assertThat(months).first().isEqualTo("January 2027");
	}

	@Test
	void aMonthListsItsItemsInTimeOrder() {
		OutlineNode january = PlanOutline.of(plan, 0).get(1).child("January 2027");

		List<ContentItem> items = january.children().stream().map(n -> (ContentItem) n.object()).toList();

		assertThat(items).isNotEmpty().isSortedAccordingTo((a, b) -> a.getScheduledAt().compareTo(b.getScheduledAt()));
		assertThat(january.children().get(0).label()).endsWith(items.get(0).getTitle()).startsWith(
				items.get(0).getScheduledAt().getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT,
						java.util.Locale.ENGLISH));
	}

	@Test
	void listeningShowsSourcesQueriesAndTheMentionCount() {
		OutlineNode listening = PlanOutline.of(plan, 1234).get(2);

		assertThat(listening.children()).extracting(OutlineNode::label).containsExactly("Sources", "Queries",
				"1,234 mentions stored");
		assertThat(listening.child("Sources").children()).hasSize(plan.getListening().getSources().size());
	}

	@Test
	void anUnknownMentionCountShowsNoNode() {
		assertThat(PlanOutline.of(plan, -1).get(2).children()).extracting(OutlineNode::label).containsExactly("Sources",
				"Queries");
	}

	@Test
	void nodesOfObjectsAreKeyedByTheirIds() {
		OutlineNode cell = PlanOutline.of(plan, 0).get(0).child("Matrix").children().get(0);

		assertThat(cell.key()).isEqualTo(plan.getMatrix().getCells().get(0).getId());
	}
}
