/**
 * The editorial calendar editor (month, week, agenda and channel timeline views with a backlog), as a page of the
 * model editor, drawn over the headless calendar representation of {@code org.parley.representation}.
 */
package org.parley.ui.calendar;
