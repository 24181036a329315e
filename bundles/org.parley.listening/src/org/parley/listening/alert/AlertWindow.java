package org.parley.listening.alert;

import java.time.Duration;

/**
 * A recent period whose term rates early warning compares with the {@link #BASELINE} of 28 days just before it:
 * the last 24 hours catch sudden incidents, the last 7 days slower swells.
 */
public enum AlertWindow {
	LAST_24_HOURS("24h", Duration.ofHours(24)), LAST_7_DAYS("7d", Duration.ofDays(7));

	/** The reference period, right before the recent window. */
	public static final Duration BASELINE = Duration.ofDays(28);

	private final String label;
	private final Duration length;

	AlertWindow(String label, Duration length) {
		this.label = label;
		this.length = length;
	}

	/** {@code 24h} or {@code 7d}, as the command line prints it. */
	public String label() {
		return label;
	}

	public Duration length() {
		return length;
	}
}
