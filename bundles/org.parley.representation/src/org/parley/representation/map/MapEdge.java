package org.parley.representation.map;

/** A link between two nodes of the strategy map, by their ids: team → cell, cell → group, topic or channel. */
public record MapEdge(String from, String to, NodeKind targetKind) {

	/** Edges to topics and channels are drawn lighter, so that the owner → cell → group chain reads first. */
	public boolean secondary() {
		return targetKind == NodeKind.TOPIC || targetKind == NodeKind.CHANNEL;
	}
}
