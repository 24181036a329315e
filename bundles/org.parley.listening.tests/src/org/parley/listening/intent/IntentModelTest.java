package org.parley.listening.intent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.parley.listening.analyse.Intent;
import org.parley.listening.analyse.IntentKind;
import org.parley.listening.opinion.DevSets;

class IntentModelTest {

	@Test
	void learnsAPhrasingThePatternsDoNotKnowFromCorrections() {
		List<LabelledIntent> corrections = DevSets.customerService("fr").stream()
				.map(p -> new LabelledIntent(p.text(), p.intent())).toList();
		IntentModel model = IntentModel.train(corrections).orElseThrow();
		String text = "Je n'en peux plus de vos pannes, je vais partir.";

		assertThat(IntentRules.of("fr").orElseThrow().read(text)).isEqualTo(Intent.NONE);
		assertThat(model.confident(text)).hasValueSatisfying(i -> assertThat(i.kind()).isEqualTo(IntentKind.CHURN));
	}

	@Test
	void staysQuietOnPlainQuestions() {
		List<LabelledIntent> corrections = DevSets.customerService("en").stream()
				.map(p -> new LabelledIntent(p.text(), p.intent())).toList();
		IntentModel model = IntentModel.train(corrections).orElseThrow();

		assertThat(model.confident("The engineer is coming tomorrow between 8 and 12.")).isEmpty();
	}

	@Test
	void needsTwoIntentsToTellApart() {
		assertThat(IntentModel.train(List.of(new LabelledIntent("je résilie", new Intent(IntentKind.CHURN, null)))))
				.isEmpty();
	}

	@Test
	void aProjectsCorrectionsTeachBeyondTheShippedExamples() {
		List<LabelledIntent> corrections = List.of(
				new LabelledIntent("Porting out to a rival next week, lads", new Intent(IntentKind.CHURN, null)),
				new LabelledIntent("Porting out as soon as the deal ends", new Intent(IntentKind.CHURN, null)),
				new LabelledIntent("Honestly porting out, had enough", new Intent(IntentKind.CHURN, null)));
		String text = "Porting out tomorrow, bye";

		assertThat(IntentRules.of("en").orElseThrow().read(text)).isEqualTo(Intent.NONE);
		assertThat(IntentModel.train(IntentExamples.shipped("en")).orElseThrow().confident(text)).isEmpty();
		assertThat(IntentModel.train(IntentExamples.shipped("en"), corrections).orElseThrow().confident(text))
				.contains(new Intent(IntentKind.CHURN, null));
	}
}
