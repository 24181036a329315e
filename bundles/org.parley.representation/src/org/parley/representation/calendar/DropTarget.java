package org.parley.representation.calendar;

import java.time.LocalDate;
import java.time.LocalTime;

/** Where dragged items would land: a day, a time slot, a channel's day, the backlog, or the edge of the period. */
public sealed interface DropTarget {

	/** A day of the month or agenda view: items keep their time of day. */
	record Day(LocalDate date) implements DropTarget {
	}

	/** An hour of a day in the week view: items start then. */
	record Slot(LocalDate date, LocalTime time) implements DropTarget {
	}

	/** A day in a channel's row of the timeline. */
	record ChannelDay(String channelId, LocalDate date) implements DropTarget {
	}

	/** The backlog: items lose their date. */
	record Backlog() implements DropTarget {
	}

	/** The left (-1) or right (+1) edge of the period: holding a drag there shows the previous or next period. */
	record Edge(int direction) implements DropTarget {
	}

	/** The day the target stands for, null for the backlog and the edges. */
	default LocalDate date() {
		return switch (this) {
		case Day d -> d.date();
		case Slot s -> s.date();
		case ChannelDay c -> c.date();
		case Backlog b -> null;
		case Edge e -> null;
		};
	}
}
