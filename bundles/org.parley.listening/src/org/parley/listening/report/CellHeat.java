package org.parley.listening.report;

/**
 * How hot a conversation cell runs in a period: the mentions about its topics, their negative rate against the
 * cell's NEGATIVE_RATE KPI, and the open alerts routed to it.
 *
 * @param threshold the KPI's threshold in percent, or null when the cell has no negative-rate KPI
 * @param breach whether the negative rate is on the wrong side of the threshold
 */
public record CellHeat(String cellId, String cell, int volume, int negative, double negativePercent, Double threshold,
		boolean breach, int openAlerts) {
}
