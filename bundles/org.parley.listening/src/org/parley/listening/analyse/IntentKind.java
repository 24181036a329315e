package org.parley.listening.analyse;

import java.util.Locale;

/** What a customer says they are about to do. */
public enum IntentKind {
	NONE, BUY, BUY_BLOCKED, CHURN;

	/** The lower-case name used in JSON and on the command line: {@code none}, {@code buy_blocked} … */
	public String label() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static IntentKind ofLabel(String label) {
		return valueOf(label.trim().toUpperCase(Locale.ROOT));
	}
}
