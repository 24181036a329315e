/** Hot topics for the calendar: the listening alerts open now, with the words of the posts behind them. */
package org.parley.representation.calendar.alerts;
