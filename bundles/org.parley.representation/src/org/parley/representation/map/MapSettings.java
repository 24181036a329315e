package org.parley.representation.map;

import java.util.EnumSet;
import java.util.Set;

/**
 * What the strategy map shows: which kinds of node, an optional focus (object ids: only the cells of those objects
 * and what those cells link to) and the zoom of pictures made from it.
 *
 * @param kinds the kinds of node shown; cells are always laid out, since every edge passes through them
 * @param focus ids of teams, groups, cells, topics or channels to focus on; empty: the whole strategy
 * @param zoom  the scale of exported pictures and of the map page at first
 */
public record MapSettings(Set<NodeKind> kinds, Set<String> focus, double zoom) {

	/** Everything, at zoom 1. */
	public static final MapSettings ALL = new MapSettings(EnumSet.allOf(NodeKind.class), Set.of(), 1);

	public MapSettings {
		if (!(zoom > 0)) {
			throw new IllegalArgumentException("The zoom must be positive: " + zoom);
		}
		EnumSet<NodeKind> shown = EnumSet.of(NodeKind.CELL);
		shown.addAll(kinds);
		kinds = Set.copyOf(shown);
		focus = Set.copyOf(focus);
	}

	public boolean shows(NodeKind kind) {
		return kinds.contains(kind);
	}

	public MapSettings withKinds(Set<NodeKind> newKinds) {
		return new MapSettings(newKinds, focus, zoom);
	}

	/** These settings with {@code kind} shown or hidden. */
	public MapSettings with(NodeKind kind, boolean shown) {
		EnumSet<NodeKind> newKinds = EnumSet.copyOf(kinds);
		if (shown) {
			newKinds.add(kind);
		} else {
			newKinds.remove(kind);
		}
		return withKinds(newKinds);
	}

	public MapSettings withFocus(Set<String> ids) {
		return new MapSettings(kinds, ids, zoom);
	}

	public MapSettings withZoom(double newZoom) {
		return new MapSettings(kinds, focus, newZoom);
	}
}
