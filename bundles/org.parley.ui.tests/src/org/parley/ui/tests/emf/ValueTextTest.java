package org.parley.ui.tests.emf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.parley.model.ParleyPackage;
import org.parley.ui.emf.ValueText;

class ValueTextTest {

	@Test
	void readsAndWritesNumbers() {
		var limit = ParleyPackage.Literals.CHANNEL_RULES__MAX_TEXT_LENGTH;

		assertThat(ValueText.fromText(limit, " 280 ")).isEqualTo(280);
		assertThat(ValueText.toText(limit, 280)).isEqualTo("280");
	}

	@Test
	void saysWhatANumberShouldLookLike() {
		assertThatThrownBy(() -> ValueText.fromText(ParleyPackage.Literals.CHANNEL_RULES__MAX_TEXT_LENGTH, "lots"))
				.hasMessage("\"lots\" is not a whole number");
	}

	@Test
	void readsDateTimesAndSaysWhatTheyShouldLookLike() {
		var scheduledAt = ParleyPackage.Literals.CONTENT_ITEM__SCHEDULED_AT;

		assertThat(ValueText.fromText(scheduledAt, "2027-01-31T09:30")).isEqualTo(LocalDateTime.of(2027, 1, 31, 9, 30));
		assertThat(ValueText.problem(scheduledAt, "tomorrow")).contains("2027-01-31T09:30");
		assertThat(ValueText.fromText(scheduledAt, " ")).isNull();
	}

	@Test
	void separatesTheValuesOfAManyValuedAttributeByCommas() {
		var tags = ParleyPackage.Literals.CONTENT_ITEM__TAGS;

		assertThat(ValueText.fromText(tags, "launch, , teaser ")).isEqualTo(List.of("launch", "teaser"));
		assertThat(ValueText.toText(tags, List.of("launch", "teaser"))).isEqualTo("launch, teaser");
	}

	@Test
	void keepsTheSpacesOfText() {
		assertThat(ValueText.fromText(ParleyPackage.Literals.CONTENT_ITEM__TITLE, " Hello ")).isEqualTo(" Hello ");
	}
}
