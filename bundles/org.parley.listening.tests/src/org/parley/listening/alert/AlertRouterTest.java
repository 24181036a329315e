package org.parley.listening.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.parley.core.sample.SampleProject;
import org.parley.model.Plan;

/** Routing on the sample project's matrix. */
class AlertRouterTest {

	private final AlertRouter router = new AlertRouter(SampleProject.create());

	@Test
	void aFrenchOutageGoesToTheFrenchServiceCell() {
		AlertRouter.Route route = router.route("panne 4g", List.of("Encore une panne 4G ce matin"), "fr", "giffgaff");

		assertThat(route.rule()).isEqualTo("topic");
		assertThat(CellTopics.label(route.cell())).isEqualTo("Help & support / Membres francophones");
	}

	@Test
	void anEnglishRefundGoesToTheCellOwningRefunds() {
		AlertRouter.Route route = router.route("refund", List.of("Still waiting for my refund"), "en", null);

		assertThat(route.cell().getTopics()).anySatisfy(t -> assertThat(t.getName()).startsWith("Refunds"));
	}

	@Test
	void aTermOutsideEveryTopicFollowsItsBrand() {
		AlertRouter.Route route = router.route("magic mike", List.of("Magic Mike with friends tonight"), "en", "giffgaff");

		assertThat(route.rule()).isEqualTo("brand");
		assertThat(route.cell().getChannels()).anySatisfy(c -> assertThat(c.getBrand().getName()).isEqualTo("giffgaff"));
		assertThat(route.cell().getPriority()).isEqualTo(org.parley.model.Priority.CRITICAL);
	}

	@Test
	void aTermWithoutTopicOrBrandStaysUnrouted() {
		assertThat(router.route("magic mike", List.of("Magic Mike tonight"), "en", null)).isNull();
		assertThat(router.route("magic mike", List.of("Magic Mike tonight"), "en", "Sky")).isNull();
	}

	@Test
	void aPlanWithoutMatrixRoutesNothing() {
		Plan empty = org.parley.model.ParleyFactory.eINSTANCE.createPlan();

		assertThat(new AlertRouter(empty).route("panne", List.of("panne"), "fr", "Sky")).isNull();
	}
}
