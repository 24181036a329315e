package org.parley.representation.matrix;

/**
 * What listening and the plan say about one conversation cell: the mentions about its topics, how many are negative
 * (and the rate against its negative-rate KPI), the intents they state, the open alerts routed to it, and the
 * content items planned for it.
 *
 * @param negativePercent 0–100
 * @param threshold       the negative-rate KPI's threshold in percent, or null without such a KPI
 * @param breach          whether the negative rate is on the wrong side of the threshold
 */
public record CellFigures(int volume, int negative, double negativePercent, Double threshold, boolean breach, int buy,
		int blocked, int churn, int openAlerts, int planned) {

	/** A cell nobody talks about and nothing is planned for. */
	public static final CellFigures NONE = new CellFigures(0, 0, 0, null, false, 0, 0, 0, 0, 0);

	/** Mentions stating an intent to buy, to buy but blocked, or to leave. */
	public int intents() {
		return buy + blocked + churn;
	}
}
