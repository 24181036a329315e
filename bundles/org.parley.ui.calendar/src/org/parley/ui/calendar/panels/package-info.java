/**
 * The calendar page's side panels: saved views, filters with counts, and hot topics from listening alerts.
 */
package org.parley.ui.calendar.panels;
