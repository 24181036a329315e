/**
 * RFC 5545 export of the editorial calendar ({@link org.parley.core.ical.IcsExporter}), written without an iCal
 * library: content lines, escaping and folding, VTIMEZONE from the JDK's zone rules.
 */
package org.parley.core.ical;
