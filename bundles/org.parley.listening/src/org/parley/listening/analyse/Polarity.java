package org.parley.listening.analyse;

import java.util.Locale;

/** Whether a text speaks well, neutrally or badly of its subject. */
public enum Polarity {
	POSITIVE, NEUTRAL, NEGATIVE;

	/** The lower-case name used in JSON and on the command line. */
	public String label() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The polarity for a label such as {@code negative}, ignoring case. */
	public static Polarity ofLabel(String label) {
		return valueOf(label.trim().toUpperCase(Locale.ROOT));
	}
}
