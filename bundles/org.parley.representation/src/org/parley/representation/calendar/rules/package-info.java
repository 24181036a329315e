/**
 * Channel and content rules as the calendar applies them: which items may be scheduled (no error-level finding on
 * them once scheduled) and what marker and tooltip each item carries from the plan's validation findings.
 */
package org.parley.representation.calendar.rules;
