package org.parley.core.calendar;

import java.time.LocalDateTime;
import java.time.ZoneId;

import org.parley.model.ContentItem;

/**
 * A planned change of one item's date and time, with what it was, so that it can be applied and undone.
 *
 * @param item    the item moved
 * @param oldTime its {@code scheduledAt} before (null in the backlog)
 * @param oldZone its {@code timeZone} before
 * @param newTime its {@code scheduledAt} after
 * @param newZone its {@code timeZone} after
 */
public record ScheduleChange(ContentItem item, LocalDateTime oldTime, ZoneId oldZone, LocalDateTime newTime,
		ZoneId newZone) {

	/** Sets the new time on the item. */
	public void apply() {
		item.setScheduledAt(newTime);
		item.setTimeZone(newZone);
	}

	/** Puts the old time back. */
	public void revert() {
		item.setScheduledAt(oldTime);
		item.setTimeZone(oldZone);
	}
}
