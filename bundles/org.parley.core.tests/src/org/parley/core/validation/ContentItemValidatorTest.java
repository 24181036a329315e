package org.parley.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.parley.model.ContentStatus;

class ContentItemValidatorTest {

	private final CleanPlan clean = new CleanPlan();

	private List<Finding> findings() {
		return new PlanValidator().validate(clean.fixture.plan);
	}

	@Test
	void itemWithoutCellIsAWarning() {
		clean.item.setCell(null);

		assertThat(findings()).extracting(Finding::ruleId, Finding::severity).containsExactly(
				org.assertj.core.groups.Tuple.tuple("content.item-without-cell", Severity.WARNING));
	}

	@Test
	void itemWithoutCategoryIsAWarning() {
		clean.item.setCategory(null);

		assertThat(findings()).extracting(Finding::ruleId).containsExactly("content.item-without-category");
	}

	@Test
	void scheduledItemWithoutReviewerIsAnError() {
		clean.item.setStatus(ContentStatus.SCHEDULED);
		clean.item.setReviewer(null);

		assertThat(findings()).extracting(Finding::ruleId, Finding::severity).containsExactly(
				org.assertj.core.groups.Tuple.tuple("content.approved-without-reviewer", Severity.ERROR));
	}

	@Test
	void draftWithoutReviewerIsFine() {
		clean.item.setStatus(ContentStatus.DRAFT);
		clean.item.setReviewer(null);

		assertThat(findings()).isEmpty();
	}
}
