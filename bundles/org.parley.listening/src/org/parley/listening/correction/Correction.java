package org.parley.listening.correction;

import org.parley.listening.analyse.IntentKind;
import org.parley.listening.analyse.Obstacle;
import org.parley.listening.analyse.Polarity;

/**
 * A user's label for one stored mention.
 *
 * @param mentionId the {@code Mention.id()} it corrects
 * @param at when it was given, ISO-8601 UTC ({@code 2026-11-25T13:50:00Z}); the latest per mention wins
 * @param sentiment the right polarity
 * @param intent the right intent, or null when the user left it as the classifier said
 * @param obstacle what blocks the purchase; set exactly when {@code intent} is {@code BUY_BLOCKED}
 */
public record Correction(String mentionId, String at, Polarity sentiment, IntentKind intent, Obstacle obstacle) {

	public Correction {
		if (mentionId == null || mentionId.isBlank()) {
			throw new IllegalArgumentException("a correction needs a mention id");
		}
		if (at == null || at.isBlank()) {
			throw new IllegalArgumentException("a correction needs the time it was given");
		}
		if (sentiment == null) {
			throw new IllegalArgumentException("a correction needs a sentiment");
		}
		if ((intent == IntentKind.BUY_BLOCKED) != (obstacle != null)) {
			throw new IllegalArgumentException("an obstacle goes with intent buy_blocked and only with it: " + intent + ", "
					+ obstacle);
		}
	}
}
