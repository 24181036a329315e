package org.parley.listening.analyse;

import java.util.Locale;

/** What stops a customer who wants to buy. */
public enum Obstacle {
	PRICE, AVAILABILITY, COVERAGE, DELIVERY, TRUST, COMPATIBILITY, SUPPORT, OTHER;

	public String label() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Obstacle ofLabel(String label) {
		return valueOf(label.trim().toUpperCase(Locale.ROOT));
	}
}
