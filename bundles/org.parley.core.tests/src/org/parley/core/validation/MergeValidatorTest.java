package org.parley.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.InternalEObject;
import org.junit.jupiter.api.Test;
import org.parley.model.ConflictKind;
import org.parley.model.ConversationCell;
import org.parley.model.MergeConflict;
import org.parley.model.ParleyFactory;

class MergeValidatorTest {

	private final CleanPlan clean = new CleanPlan();

	private List<Finding> findings() {
		return new PlanValidator().validate(clean.fixture.plan);
	}

	@Test
	void referenceToAnObjectAMergeRemovedIsADanglingReference() {
		ConversationCell removed = ParleyFactory.eINSTANCE.createConversationCell();
		((InternalEObject) removed).eSetProxyURI(URI.createURI("matrix.xmi#4f1c9a2e-removed"));
		clean.item.setCell(removed);

		assertThat(findings()).singleElement().satisfies(f -> {
			assertThat(f.ruleId()).isEqualTo("merge.dangling-reference");
			assertThat(f.severity()).isEqualTo(Severity.ERROR);
			assertThat(f.objectLabel()).isEqualTo("ContentItem \"Summer sale teaser\"");
			assertThat(f.message()).contains("cell refers to 4f1c9a2e-removed");
		});
	}

	@Test
	void conflictLeftInAFileIsAnErrorNamingTheObjectInConflict() {
		MergeConflict conflict = ParleyFactory.eINSTANCE.createMergeConflict();
		conflict.setId("conflict");
		conflict.setObjectId(clean.item.getId());
		conflict.setFeatureName("title");
		conflict.setKind(ConflictKind.MODIFY_MODIFY);
		conflict.setOursValue("Summer sale teaser");
		conflict.setTheirsValue("Summer sale: teaser");
		clean.fixture.schedule.getConflicts().add(conflict);

		assertThat(findings()).singleElement().satisfies(f -> {
			assertThat(f.ruleId()).isEqualTo("merge.unresolved-conflict");
			assertThat(f.objectLabel()).isEqualTo("MergeConflict \"" + clean.item.getId() + ".title\"");
			assertThat(f.message()).contains("ContentItem \"Summer sale teaser\" title", "theirs \"Summer sale: teaser\"");
		});
	}
}
