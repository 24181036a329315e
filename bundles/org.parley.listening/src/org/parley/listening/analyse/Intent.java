package org.parley.listening.analyse;

/**
 * An intent and, for {@link IntentKind#BUY_BLOCKED} only, what blocks it.
 *
 * @param obstacle null unless {@code kind} is {@link IntentKind#BUY_BLOCKED}
 */
public record Intent(IntentKind kind, Obstacle obstacle) {

	public static final Intent NONE = new Intent(IntentKind.NONE, null);

	public Intent {
		if ((kind == IntentKind.BUY_BLOCKED) != (obstacle != null)) {
			throw new IllegalArgumentException("an obstacle goes with buy_blocked and only with it: " + kind + ", " + obstacle);
		}
	}
}
