/**
 * Changes to calendar items as undoable EMF commands for an editing domain's command stack: recurrence rules and
 * single occurrences, status, comments, and new items drafted from listening alerts.
 */
package org.parley.representation.calendar.edit;
