package org.parley.core.calendar;

import java.time.LocalDate;
import java.time.ZonedDateTime;

import org.parley.model.ContentItem;

/**
 * One appearance of a content item on the calendar: the item itself when it does not repeat, or one instance
 * of its recurrence, with its override applied.
 *
 * @param item         the content item
 * @param originalDate the day the occurrence falls on by the rule (in the item's zone); it identifies the
 *                     occurrence for exception dates and overrides
 * @param start        when it starts, in the item's zone
 * @param end          when it ends; equal to {@code start} for a post at one moment
 * @param title        the title shown, the override's when it has one
 * @param body         the body, the override's when it has one
 * @param overridden   whether an override changed this occurrence
 */
public record Occurrence(ContentItem item, LocalDate originalDate, ZonedDateTime start, ZonedDateTime end,
		String title, String body, boolean overridden) {
}
