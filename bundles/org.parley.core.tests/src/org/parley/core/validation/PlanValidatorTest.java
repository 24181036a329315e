package org.parley.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

class PlanValidatorTest {

	private final CleanPlan clean = new CleanPlan();
	private final PlanValidator validator = new PlanValidator();

	@Test
	void planThatBreaksNoRuleHasNoFindings() {
		assertThat(validator.validate(clean.fixture.plan)).isEmpty();
	}

	@Test
	void findingNamesTheObjectAndCarriesItsUri() {
		clean.item.setCategory(null);

		assertThat(validator.validate(clean.fixture.plan)).singleElement().satisfies(finding -> {
			assertThat(finding.ruleId()).isEqualTo("content.item-without-category");
			assertThat(finding.objectLabel()).isEqualTo("ContentItem \"Summer sale teaser\"");
			assertThat(finding.objectUri()).isEqualTo(EcoreUtil.getURI(clean.item));
			assertThat(finding.message()).startsWith("ContentItem \"Summer sale teaser\": ");
		});
	}

	@Test
	void missingIdIsReportedAsAModelConstraint() {
		clean.learn.setId(null);

		assertThat(validator.validate(clean.fixture.plan)).extracting(Finding::ruleId, Finding::severity)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("model.multiplicity", Severity.ERROR));
	}

	@Test
	void rulesInsideEveryAggregateAreChecked() {
		clean.cell.getKpis().clear();
		clean.variant.setLink("https://example.com");
		clean.instagram.getRules().setLinksAllowed(false);

		assertThat(validator.validate(clean.fixture.plan)).extracting(Finding::ruleId)
				.containsExactlyInAnyOrder("strategy.cell-without-kpi", "channel.link-not-allowed");
	}
}
