/**
 * Choosing what the calendar shows: the criteria of a {@link org.parley.representation.calendar.CalendarFilter}
 * with the options a plan offers and how many items each would show, and the views a user saves for a project in
 * a file of their own, outside the shared model.
 */
package org.parley.representation.calendar.filter;
