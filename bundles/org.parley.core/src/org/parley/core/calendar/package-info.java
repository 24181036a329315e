/**
 * Headless calendar logic: recurrence expansion with iCalendar semantics across daylight-saving changes
 * ({@link org.parley.core.calendar.RecurrenceExpander}), month and week grids, the backlog and the content mix
 * ({@link org.parley.core.calendar.PlanCalendar}), and rescheduling as undoable commands
 * ({@link org.parley.core.calendar.Rescheduler}). UI bundles only paint what these classes compute.
 */
package org.parley.core.calendar;
