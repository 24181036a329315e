package org.parley.representation.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.parley.core.sample.SampleProject;
import org.parley.model.ConversationCell;
import org.parley.model.CustomerStage;
import org.parley.model.Plan;
import org.parley.model.TeamFunction;

class MatrixViewTest {

	private final SmallPlan small = new SmallPlan();

	private MatrixView view(MatrixSettings settings) {
		return MatrixView.build(small.plan, small.figures(), settings);
	}

	@Test
	void rowsAreTeamsAndColumnsGroupsWithFunctionAndStage() {
		MatrixView view = view(MatrixSettings.DEFAULT);

		assertThat(view.rows()).extracting(Axis::name).containsExactly("Service", "Marketing");
		assertThat(view.rows()).extracting(Axis::detail).containsExactly("Customer service", "Marketing");
		assertThat(view.columns()).extracting(Axis::name).containsExactly("Members", "Prospects", "Press");
		assertThat(view.columns().get(2).detail()).isEqualTo("Press / influencer");
		assertThat(view.cell(0, 0).cell()).isSameAs(small.serviceMembers);
		assertThat(view.cell(1, 1).cell()).isSameAs(small.marketingProspects);
	}

	@Test
	void pairsWithoutACellAreGapsThatKnowTheirTeamAndGroup() {
		MatrixView view = view(MatrixSettings.DEFAULT);

		assertThat(view.gapCount()).isEqualTo(3);
		MatrixCell gap = view.cell(0, 2);
		assertThat(gap.isGap()).isTrue();
		assertThat(gap.team()).isSameAs(small.service);
		assertThat(gap.group()).isSameAs(small.press);
	}

	@Test
	void swappedAxesPutGroupsInRows() {
		MatrixView view = view(MatrixSettings.DEFAULT.withSwapped(true));

		assertThat(view.rows()).extracting(Axis::name).containsExactly("Members", "Prospects", "Press");
		assertThat(view.columns()).extracting(Axis::name).containsExactly("Service", "Marketing");
		assertThat(view.cell(1, 1).cell()).isSameAs(small.marketingProspects);
		assertThat(view.cell(0, 1).cell()).isSameAs(small.marketingMembers);
		assertThat(view.positionOf(small.marketingMembers)).containsExactly(0, 1);
	}

	@Test
	void aCellShowsOwnerTopicsToneChannelsAndKpiStatus() {
		MatrixCell cell = view(MatrixSettings.DEFAULT).cell(0, 0);

		assertThat(cell.lines()).containsExactly("No owner", "Billing", "No tone set", "Own on X",
				"✗ KPI: negative 75 % > 20 %");
	}

	@Test
	void countsMentionsNegativesAndIntentsPerCellFromTheTopicsKeywords() {
		CellFigures billing = small.figures().of(small.serviceMembers, 0);
		CellFigures offers = small.figures().of(small.marketingProspects, 0);

		assertThat(billing.volume()).isEqualTo(4);
		assertThat(billing.negative()).isEqualTo(3);
		assertThat(billing.negativePercent()).isEqualTo(75.0);
		assertThat(billing.threshold()).isEqualTo(20.0);
		assertThat(billing.breach()).isTrue();
		assertThat(billing.churn()).isEqualTo(1);
		assertThat(offers.volume()).isEqualTo(2);
		assertThat(offers.buy()).isEqualTo(1);
		assertThat(offers.threshold()).isNull();
	}

	@Test
	void volumeHeatIsRelativeToTheBusiestShownCell() {
		MatrixView view = view(MatrixSettings.DEFAULT.withHeat(HeatKind.VOLUME));

		assertThat(view.cell(0, 0).heat()).isEqualTo(1.0);
		assertThat(view.cell(1, 1).heat()).isEqualTo(0.5);
		assertThat(view.cell(0, 0).fill()).isEqualTo(HeatKind.VOLUME.hot());
		assertThat(view.cell(1, 1).lines()).last().isEqualTo("2 mentions");
		assertThat(view.cell(0, 2).fill()).isEqualTo(MatrixView.GAP);
	}

	@Test
	void negativeHeatReachesFullAtTwiceTheThresholdAndHalfAtIt() {
		MatrixView view = view(MatrixSettings.DEFAULT.withHeat(HeatKind.NEGATIVE));

		// 75 % against a 20 % KPI: past twice the threshold
		assertThat(view.cell(0, 0).heat()).isEqualTo(1.0);
		assertThat(view.cell(0, 0).fill()).isEqualTo(HeatKind.NEGATIVE.hot());
		// no KPI: the rate itself, 0 of 2
		assertThat(view.cell(1, 1).heat()).isZero();
		assertThat(HeatKind.NEGATIVE.colour(0.5)).isEqualTo(org.parley.representation.draw.Colour.hex("#f6c453"));
		assertThat(view.legend()).extracting(LegendEntry::text).contains("at the cell's KPI threshold");
	}

	@Test
	void intentPlannedAndNoHeatKinds() {
		small.plan(small.marketingProspects, 4);
		small.plan(small.serviceMembers, 1);

		MatrixView intents = view(MatrixSettings.DEFAULT.withHeat(HeatKind.INTENT));
		MatrixView planned = view(MatrixSettings.DEFAULT.withHeat(HeatKind.PLANNED));
		MatrixView none = view(MatrixSettings.DEFAULT);

		assertThat(intents.cell(0, 0).lines()).last().isEqualTo("Buy 0 · blocked 0 · churn 1");
		assertThat(intents.cell(0, 0).heat()).isEqualTo(1.0);
		assertThat(planned.cell(1, 1).heat()).isEqualTo(1.0);
		assertThat(planned.cell(0, 0).heat()).isEqualTo(0.25);
		assertThat(none.cell(0, 0).fill()).isEqualTo(HeatKind.COLD);
		assertThat(none.cell(0, 0).lines()).hasSize(5);
	}

	@Test
	void cellsTalkedAboutALotWithNothingPlannedStandOut() {
		for (int i = 0; i < 3; i++) {
			small.mentions.add(new org.parley.listening.store.Mention("b" + i, "forum", "u" + i, null, null, "x", null, "en",
					"my bill", "2027-02-10T10:00:00Z", 200, null, "t"));
		}
		small.plan(small.marketingMembers, 2);

		MatrixView view = view(MatrixSettings.DEFAULT);

		assertThat(view.cell(0, 0).hotUnplanned()).as("7 mentions, nothing planned").isTrue();
		assertThat(view.cell(1, 0).hotUnplanned()).as("7 mentions, 2 items planned").isFalse();
		assertThat(view.cell(1, 1).hotUnplanned()).as("2 mentions").isFalse();
	}

	@Test
	void filtersByTeamFunctionAndGroupStageDropRowsAndColumns() {
		MatrixFilter filter = MatrixFilter.ALL.withTeamFunctions(Set.of(TeamFunction.MARKETING))
				.withGroupStages(Set.of(CustomerStage.CUSTOMER, CustomerStage.PROSPECT));

		MatrixView view = view(MatrixSettings.DEFAULT.withFilter(filter));

		assertThat(view.rows()).extracting(Axis::name).containsExactly("Marketing");
		assertThat(view.columns()).extracting(Axis::name).containsExactly("Members", "Prospects");
	}

	@Test
	void filtersByBrandChannelOrTopicKeepOnlyRowsAndColumnsWithAMatchingCell() {
		MatrixView byBrand = view(MatrixSettings.DEFAULT.withFilter(MatrixFilter.ALL.withBrands(Set.of("own"))));
		MatrixView byTopic = view(MatrixSettings.DEFAULT.withFilter(MatrixFilter.ALL.withTopics(Set.of("billing"))));

		assertThat(byBrand.rows()).extracting(Axis::name).containsExactly("Service");
		assertThat(byBrand.columns()).extracting(Axis::name).containsExactly("Members");
		assertThat(byTopic.rows()).extracting(Axis::name).containsExactly("Service", "Marketing");
		assertThat(byTopic.columns()).extracting(Axis::name).containsExactly("Members");
	}

	@Test
	void theSampleShowsEveryTeamAndGroupAndItsGaps() {
		Plan sample = SampleProject.create();
		MatrixView view = MatrixView.build(sample, MatrixFigures.EMPTY, MatrixSettings.DEFAULT);

		int teams = sample.getStrategy().getTeams().size(), groups = sample.getStrategy().getCustomerGroups().size();
		assertThat(view.rows()).hasSize(teams);
		assertThat(view.columns()).hasSize(groups);
		long pairs = sample.getMatrix().getCells().stream()
				.map((ConversationCell c) -> c.getTeam().getId() + "/" + c.getCustomerGroup().getId()).distinct().count();
		assertThat(view.gapCount()).isEqualTo(teams * groups - (int) pairs);
	}
}
