package org.parley.representation.matrix;

import java.util.Locale;

import org.parley.representation.draw.Colour;

/** What the matrix's heat overlay colours cells by. */
public enum HeatKind {
	/** No overlay: cells are white. */
	NONE("No heat", null),
	/** How many mentions are about the cell's topics. */
	VOLUME("Volume", Colour.hex("#2b6cb0")),
	/** The share of those mentions that are negative, against the cell's negative-rate KPI. */
	NEGATIVE("Negative rate", Colour.hex("#c53030")),
	/** Mentions saying an intent to buy, to buy but blocked, or to leave. */
	INTENT("Intents", Colour.hex("#6b46c1")),
	/** Early-warning alerts open and routed to the cell. */
	ALERTS("Open alerts", Colour.hex("#dd6b20")),
	/** Content items planned for the cell. */
	PLANNED("Content planned", Colour.hex("#2f855a"));

	/** The colour of a cell with nothing to show. */
	public static final Colour COLD = Colour.hex("#ffffff");

	private final String label;
	private final Colour hot;

	HeatKind(String label, Colour hot) {
		this.label = label;
		this.hot = hot;
	}

	/** The name a user picks it by ("Negative rate"). */
	public String label() {
		return label;
	}

	/** The colour of the hottest cell; null for {@link #NONE}. */
	public Colour hot() {
		return hot;
	}

	/** The colour of a heat value from 0 to 1 (white to {@link #hot()}); white for {@link #NONE}. */
	public Colour colour(double value) {
		if (hot == null || value <= 0) {
			return COLD;
		}
		if (this == NEGATIVE) {
			// below the threshold (0–0.5) pale to amber, above it amber to red, so a breach reads at a glance
			Colour amber = Colour.hex("#f6c453");
			return value <= 0.5 ? Colour.hex("#fdf6e3").towards(amber, value / 0.5)
					: amber.towards(hot, (value - 0.5) / 0.5);
		}
		return Colour.hex("#eef3fb").towards(hot, 0.15 + 0.85 * Math.min(1, value));
	}

	/** As the command line names it: {@code volume}, {@code negative}, {@code intent}, {@code alerts} … */
	public String option() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The kind a command-line word names, as {@link #option()} gives it. */
	public static HeatKind ofOption(String option) {
		for (HeatKind kind : values()) {
			if (kind.option().equalsIgnoreCase(option.trim())) {
				return kind;
			}
		}
		throw new IllegalArgumentException("no heat called '" + option + "'; choose one of none, volume, negative, "
				+ "intent, alerts, planned");
	}
}
