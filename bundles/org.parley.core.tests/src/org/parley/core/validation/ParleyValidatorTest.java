package org.parley.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.Test;
import org.parley.model.ParleyPackage;

class ParleyValidatorTest {

	private final CleanPlan clean = new CleanPlan();

	@Test
	void registeringPutsTheValidatorInTheGlobalRegistry() {
		ParleyValidator.register();
		ParleyValidator.register();

		assertThat(EValidator.Registry.INSTANCE.getEValidator(ParleyPackage.eINSTANCE)).isSameAs(ParleyValidator.INSTANCE);
	}

	@Test
	void diagnosticianRunsParleyRulesWithSourceCodeAndFixData() {
		ParleyValidator.register();
		clean.instagram.getRules().setMaxTextLength(5);

		Diagnostic diagnostic = Diagnostician.INSTANCE.validate(clean.variant);

		assertThat(diagnostic.getSeverity()).isEqualTo(Diagnostic.ERROR);
		assertThat(diagnostic.getChildren()).singleElement().satisfies(child -> {
			assertThat(child.getSource()).isEqualTo(ParleyValidator.DIAGNOSTIC_SOURCE);
			assertThat(child.getCode()).isEqualTo(Rule.TEXT_TOO_LONG.code());
			assertThat(child.getData().get(0)).isSameAs(clean.variant);
			assertThat(child.getData().get(1)).isEqualTo(Rule.TEXT_TOO_LONG);
			assertThat(new java.util.HashMap<Object, Object>((java.util.Map<?, ?>) child.getData().get(2))).containsEntry("limit", 5)
					.containsEntry("actual", 18)
					.containsEntry("feature", ParleyPackage.Literals.CHANNEL_VARIANT__TEXT);
		});
	}

	@Test
	void objectOutsideAPlanGetsOnlyItsOwnRules() {
		ParleyValidator.register();
		org.parley.model.Topic lonely = org.parley.model.ParleyFactory.eINSTANCE.createTopic();
		lonely.setId("lonely");

		assertThat(Diagnostician.INSTANCE.validate(lonely).getSeverity()).isEqualTo(Diagnostic.OK);
	}

	@Test
	void ruleIdsAreUniqueAndFoundById() {
		for (Rule rule : Rule.values()) {
			assertThat(Rule.byId(rule.id())).isSameAs(rule);
		}
		assertThat(java.util.Arrays.stream(Rule.values()).map(Rule::code).distinct()).hasSize(Rule.values().length);
	}
}
