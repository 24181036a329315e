package org.parley.representation.calendar;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.parley.model.ContentItem;
import org.parley.representation.draw.Box;
import org.parley.representation.draw.Drawing;

/**
 * A laid-out calendar: the drawing, the places where items can be dropped and the chips of the items, so that the
 * page paints the drawing and answers "what is under the pointer" without knowing the layout.
 */
public final class CalendarPicture {

	/** A rectangle of the drawing where a drop lands on {@code target}. */
	public record Zone(Box bounds, DropTarget target) {
	}

	private final Drawing drawing;
	private final CalendarSettings settings;
	private final List<Zone> zones = new ArrayList<>();
	private final List<Chip> chips = new ArrayList<>();

	CalendarPicture(Drawing drawing, CalendarSettings settings) {
		this.drawing = drawing;
		this.settings = settings;
	}

	void addZone(double x, double y, double w, double h, DropTarget target) {
		zones.add(new Zone(new Box(x, y, Math.max(0, w), Math.max(0, h), null, null, 0, 0, null, null), target));
	}

	void addChip(Chip chip) {
		chips.add(chip);
	}

	public Drawing drawing() {
		return drawing;
	}

	public CalendarSettings settings() {
		return settings;
	}

	public List<Zone> zones() {
		return Collections.unmodifiableList(zones);
	}

	public List<Chip> chips() {
		return Collections.unmodifiableList(chips);
	}

	/** Where a drop at the point lands (a day, a slot, a channel's day, the backlog), or null outside them all. */
	public DropTarget targetAt(double x, double y) {
		for (int i = zones.size() - 1; i >= 0; i--) {
			Zone zone = zones.get(i);
			if (!(zone.target() instanceof DropTarget.Edge) && zone.bounds().contains(x, y)) {
				return zone.target();
			}
		}
		return null;
	}

	/** The edge of the period at the point, where holding a drag turns the page; null elsewhere. */
	public DropTarget.Edge edgeAt(double x, double y) {
		for (Zone zone : zones) {
			if (zone.target() instanceof DropTarget.Edge edge && zone.bounds().contains(x, y)) {
				return edge;
			}
		}
		return null;
	}

	/** The chip under the point, the topmost first, or null. */
	public Chip chipAt(double x, double y) {
		for (int i = chips.size() - 1; i >= 0; i--) {
			if (chips.get(i).bounds().contains(x, y)) {
				return chips.get(i);
			}
		}
		return null;
	}

	/** The chips showing {@code item}, in drawing order. */
	public List<Chip> chipsOf(ContentItem item) {
		return chips.stream().filter(chip -> chip.item() == item).toList();
	}

	/** The area where a drop lands on {@code target}, or null when the picture has none. */
	public Box boundsOf(DropTarget target) {
		for (Zone zone : zones) {
			if (zone.target().equals(target)) {
				return zone.bounds();
			}
		}
		return null;
	}
}
