/**
 * What the calendar editor shows, computed headless from the plan: month, week, agenda and channel timeline layouts,
 * item chips, drop targets, the content mix, and the filter that narrows them.
 */
package org.parley.representation.calendar;
