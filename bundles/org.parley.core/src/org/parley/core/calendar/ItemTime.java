package org.parley.core.calendar;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.parley.model.ContentItem;
import org.parley.model.Plan;

/**
 * Where a content item stands in time: its zone (its own, else its plan's, else UTC) and its start.
 * <p>
 * An item without {@code scheduledAt} is in the backlog; an item with a time but no zone is read in the
 * plan's zone, since that is the zone the team plans in.
 */
public final class ItemTime {

	private ItemTime() {
	}

	/** Whether the item has a date and time, i.e. is not in the backlog. */
	public static boolean isScheduled(ContentItem item) {
		return item.getScheduledAt() != null;
	}

	/** The zone the item's wall-clock times are in. */
	public static ZoneId zoneOf(ContentItem item) {
		if (item.getTimeZone() != null) {
			return item.getTimeZone();
		}
		return planZone(item);
	}

	/** The zone of the plan that contains {@code object}, UTC when there is none. */
	public static ZoneId planZone(EObject object) {
		for (EObject e = object; e != null; e = e.eContainer()) {
			if (e instanceof Plan plan && plan.getTimeZone() != null) {
				return plan.getTimeZone();
			}
		}
		return ZoneOffset.UTC;
	}

	/** The first start of the item, empty in the backlog. */
	public static Optional<ZonedDateTime> startOf(ContentItem item) {
		if (!isScheduled(item)) {
			return Optional.empty();
		}
		return Optional.of(ZonedDateTime.of(item.getScheduledAt(), zoneOf(item)));
	}
}
