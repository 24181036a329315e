package org.parley.representation.map;

import org.parley.representation.draw.Colour;

/** The kinds of node on the strategy map, with the column they sit in and the colour they are drawn in. */
public enum NodeKind {

	TEAM("Team", "Teams", 0, "#2f6db5"),
	CELL("Conversation cell", "Conversation cells", 1, "#eef1f5"),
	CUSTOMER_GROUP("Customer group", "Customer groups", 2, "#2e8b57"),
	TOPIC("Topic", "Topics", 2, "#f0b429"),
	CHANNEL("Channel", "Channels", 2, "#7e57c2");

	private final String label;
	private final String plural;
	private final int column;
	private final Colour fill;

	NodeKind(String label, String plural, int column, String fill) {
		this.label = label;
		this.plural = plural;
		this.column = column;
		this.fill = Colour.hex(fill);
	}

	public String label() {
		return label;
	}

	public String plural() {
		return plural;
	}

	/**
	 * The layered layout's partition: teams, then cells, then the groups, topics and channels the cells link to. The
	 * last three share a column, so that a cell's edges to topics and channels need no dummy nodes across the group
	 * column (thousands at 2,500 cells).
	 */
	public int column() {
		return column;
	}

	public Colour fill() {
		return fill;
	}
}
