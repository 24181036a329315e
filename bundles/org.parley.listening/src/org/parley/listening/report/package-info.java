/**
 * Aggregations of stored analyses for strategists: per brand volume and sentiment split, share of voice of own
 * brands against competitors, intents and their obstacles, per-cell heat against the cell's KPIs, daily series;
 * and the reports that print them (Markdown, HTML with inline SVG charts, CSV, JSON).
 */
package org.parley.listening.report;
