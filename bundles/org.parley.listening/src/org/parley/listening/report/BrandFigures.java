package org.parley.listening.report;

/**
 * One brand's mentions in a period and how they split by sentiment: the table strategists compare across brands.
 *
 * @param kind the brand's kind in the model in lower case ({@code own}, {@code competitor} …), or {@code unknown}
 */
public record BrandFigures(String brand, String kind, int volume, int positive, int neutral, int negative) {

	public double positivePercent() {
		return percent(positive);
	}

	public double neutralPercent() {
		return percent(neutral);
	}

	public double negativePercent() {
		return percent(negative);
	}

	private double percent(int count) {
		return volume == 0 ? 0 : 100.0 * count / volume;
	}
}
