package org.parley.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.Test;
import org.parley.model.Campaign;
import org.parley.model.ConversationCell;
import org.parley.model.ParleyFactory;
import org.parley.model.Topic;

class StrategyValidatorTest {

	private final CleanPlan clean = new CleanPlan();

	private List<Finding> findings() {
		return new PlanValidator().validate(clean.fixture.plan);
	}

	@Test
	void cellWithoutKpiIsAWarning() {
		clean.cell.getKpis().clear();

		assertThat(findings()).singleElement().satisfies(f -> {
			assertThat(f.ruleId()).isEqualTo("strategy.cell-without-kpi");
			assertThat(f.severity()).isEqualTo(Severity.WARNING);
			assertThat(f.objectLabel()).isEqualTo("ConversationCell \"Marketing × Prospects\"");
		});
	}

	@Test
	void cellWithoutOwnerIsAWarning() {
		clean.cell.setOwner(null);
		clean.item.setReviewer(clean.fixture.member(clean.marketing, "Reviewer"));

		assertThat(findings()).extracting(Finding::ruleId).containsExactly("strategy.cell-without-owner");
	}

	@Test
	void cellWithoutTopicIsAWarningAndLeavesTheTopicUncovered() {
		clean.cell.getTopics().clear();

		assertThat(findings()).extracting(Finding::ruleId, Finding::severity).containsExactlyInAnyOrder(
				org.assertj.core.groups.Tuple.tuple("strategy.cell-without-topic", Severity.WARNING),
				org.assertj.core.groups.Tuple.tuple("strategy.topic-uncovered", Severity.WARNING));
	}

	@Test
	void topicNoCellCoversIsAWarningOnTheTopic() {
		clean.fixture.topic("Recruiting", null);

		assertThat(findings()).singleElement().satisfies(f -> {
			assertThat(f.ruleId()).isEqualTo("strategy.topic-uncovered");
			assertThat(f.objectLabel()).isEqualTo("Topic \"Recruiting\"");
		});
	}

	@Test
	void narrowerAndBroaderTopicsOfACoveredTopicAreCovered() {
		Topic products = clean.fixture.topic("Products", null);
		clean.pricing.setParent(products);
		clean.fixture.topic("Discounts", clean.pricing);

		assertThat(findings()).isEmpty();
	}

	@Test
	void teamWithoutCellIsAWarning() {
		clean.fixture.team("Legal");

		assertThat(findings()).extracting(Finding::ruleId, Finding::objectLabel)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("strategy.team-without-cell", "Team \"Legal\""));
	}

	@Test
	void customerGroupWithoutCellIsAWarning() {
		clean.fixture.group("Press");

		assertThat(findings()).extracting(Finding::ruleId).containsExactly("strategy.customer-group-without-cell");
	}

	@Test
	void secondCellForTheSamePairIsAnErrorOnTheSecondCell() {
		ConversationCell second = clean.fixture.cell(clean.marketing, clean.prospects, clean.pricing);

		assertThat(findings()).singleElement().satisfies(f -> {
			assertThat(f.ruleId()).isEqualTo("strategy.duplicate-cell");
			assertThat(f.severity()).isEqualTo(Severity.ERROR);
			assertThat(f.objectUri()).isEqualTo(org.eclipse.emf.ecore.util.EcoreUtil.getURI(second));
		});
	}

	@Test
	void duplicateCellDiagnosticNamesTheFirstCellForAFix() {
		ConversationCell second = clean.fixture.cell(clean.marketing, clean.prospects, clean.pricing);
		ParleyValidator.register();

		Diagnostic diagnostic = Diagnostician.INSTANCE.validate(clean.fixture.plan).getChildren().get(0);

		assertThat(List.<Object>copyOf(diagnostic.getData())).containsExactly(second, Rule.DUPLICATE_CELL,
				Map.of("duplicateOf", clean.cell, "team", clean.marketing, "customerGroup", clean.prospects));
	}

	@Test
	void campaignEndingBeforeItStartsIsAnError() {
		Campaign campaign = ParleyFactory.eINSTANCE.createCampaign();
		campaign.setId("campaign");
		campaign.setName("Summer sale");
		campaign.setStartDate(LocalDate.of(2026, 7, 1));
		campaign.setEndDate(LocalDate.of(2026, 6, 30));
		clean.fixture.strategy.getCampaigns().add(campaign);

		assertThat(findings()).extracting(Finding::ruleId, Finding::severity).containsExactly(
				org.assertj.core.groups.Tuple.tuple("strategy.campaign-dates-inverted", Severity.ERROR));
	}
}
