package org.parley.representation.calendar;

import org.parley.core.calendar.Occurrence;
import org.parley.model.ContentItem;
import org.parley.representation.draw.Box;

/**
 * Where an item shows in a calendar picture: on the calendar an occurrence, in the backlog the item alone.
 *
 * @param bounds     the chip's box
 * @param item       the item
 * @param occurrence the occurrence shown, null in the backlog
 * @param projected  whether it is a later occurrence of a series rather than the item itself
 */
public record Chip(Box bounds, ContentItem item, Occurrence occurrence, boolean projected) {
}
