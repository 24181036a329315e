package org.parley.listening.intent;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parley.listening.analyse.Intent;
import org.parley.listening.analyse.IntentKind;
import org.parley.listening.analyse.Obstacle;

class IntentRulesTest {

	private final IntentRules french = IntentRules.of("fr").orElseThrow();
	private final IntentRules english = IntentRules.of("en").orElseThrow();

	@Test
	void readsAWishToBuy() {
		assertThat(french.read("Je vais prendre la fibre chez eux").kind()).isEqualTo(IntentKind.BUY);
		assertThat(french.read("Je compte m'abonner le mois prochain").kind()).isEqualTo(IntentKind.BUY);
		assertThat(english.read("Thinking of switching to giffgaff").kind()).isEqualTo(IntentKind.BUY);
		assertThat(english.read("Where can I buy the new router?").kind()).isEqualTo(IntentKind.BUY);
	}

	@Test
	void readsLeaving() {
		assertThat(french.read("Je vais résilier mon abonnement").kind()).isEqualTo(IntentKind.CHURN);
		assertThat(french.read("Je quitte SFR, ras-le-bol").kind()).isEqualTo(IntentKind.CHURN);
		assertThat(english.read("Please cancel my contract").kind()).isEqualTo(IntentKind.CHURN);
	}

	@Test
	void leavingComesBeforeAnObstacleInTheSamePost() {
		assertThat(french.read("Trop cher, je résilie").kind()).isEqualTo(IntentKind.CHURN);
	}

	@Test
	void aNegatedCueIsNoIntent() {
		assertThat(french.read("Je ne vais pas résilier, ça va mieux").kind()).isEqualTo(IntentKind.NONE);
		assertThat(english.read("I'm not cancelling, they fixed it").kind()).isEqualTo(IntentKind.NONE);
	}

	@Test
	void negationDoesNotReachAcrossAComma() {
		assertThat(french.read("Le réseau ne marche jamais, je résilie").kind()).isEqualTo(IntentKind.CHURN);
	}

	@Test
	void namesWhatBlocksAPurchase() {
		assertThat(french.read("Je voulais la fibre mais c'est trop cher")).isEqualTo(blocked(Obstacle.PRICE));
		assertThat(french.read("Le modèle est en rupture, impossible de le commander")).isEqualTo(blocked(Obstacle.AVAILABILITY));
		assertThat(french.read("Je voudrais passer chez vous mais pas de réseau chez moi")).isEqualTo(blocked(Obstacle.COVERAGE));
		assertThat(english.read("Wanted to order but delivery takes a month")).isEqualTo(blocked(Obstacle.DELIVERY));
		assertThat(english.read("I'd switch to you but there's no signal at home")).isEqualTo(blocked(Obstacle.COVERAGE));
		assertThat(english.read("Tried to buy it, out of stock")).isEqualTo(blocked(Obstacle.AVAILABILITY));
		assertThat(english.read("Tempting deal but I don't trust them")).isEqualTo(blocked(Obstacle.TRUST));
		assertThat(english.read("Wanted the box but it's not compatible with my TV")).isEqualTo(blocked(Obstacle.COMPATIBILITY));
		assertThat(english.read("Wanted to sign up but nobody answers at customer service")).isEqualTo(blocked(Obstacle.SUPPORT));
		assertThat(english.read("Tried to subscribe but the site crashes at checkout")).isEqualTo(blocked(Obstacle.OTHER));
	}

	@Test
	void aComplaintWithoutAWishToBuyIsNoIntent() {
		assertThat(french.read("Encore une panne, pas de réseau depuis ce matin").kind()).isEqualTo(IntentKind.NONE);
		assertThat(english.read("Customer service unreachable for an hour").kind()).isEqualTo(IntentKind.NONE);
	}

	@Test
	void leavesOtherLanguagesAlone() {
		assertThat(IntentRules.of("de")).isEmpty();
		assertThat(IntentRules.of("und")).isEmpty();
	}

	private static Intent blocked(Obstacle obstacle) {
		return new Intent(IntentKind.BUY_BLOCKED, obstacle);
	}
}
