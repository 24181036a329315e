package org.parley.representation.calendar.filter;

/**
 * One choice of a filter criterion as the filter panel lists it.
 *
 * @param key   the id (or status literal) the filter keeps
 * @param label what the user reads ("giffgaff on X", "Scheduled")
 * @param count how many items it would show, the other criteria of the filter applied
 */
public record FilterOption(String key, String label, int count) {
}
