package org.parley.listening.alert;

/**
 * How sure early warning must be before it raises an alert. A term fires when, in a recent window, at least
 * {@code minAuthors} distinct authors said it, its rate grew at least {@code minGrowth} times over the baseline,
 * and so many voices would happen by chance with probability below {@code maxPValue} (one-sided Poisson test
 * against the baseline rate). Complaint-lexicon terms use the lower {@code complaint…} bars.
 *
 * <p>The defaults were chosen on real tweets (UMSAB, English and French) replayed as background traffic
 * ({@code EarlyWarningBenchmark} in the tests). At 150 posts a day: 0.36 false alarms a week over five seeds, while
 * a new outage complaint said by one, two or four authors an hour is raised after 4-5, 2-3 or 1-2 hours, and a new
 * term without complaint words after 6, 3 or 2 hours (the hourly check and the minimum of distinct authors set
 * these lags). At 500 posts a day false alarms rise to 1.2 a week, mostly tweets the small corpus repeats by
 * chance. {@code maxPValue} is small because thousands of terms are tested every hour.
 */
public record DetectionSettings(int minAuthors, double minGrowth, double maxPValue, int complaintMinAuthors,
		double complaintMinGrowth, double complaintMaxPValue) {

	public static DetectionSettings defaults() {
		return new DetectionSettings(6, 4, 1e-7, 3, 2, 1e-4);
	}

	int minAuthors(boolean complaint) {
		return complaint ? complaintMinAuthors : minAuthors;
	}

	double minGrowth(boolean complaint) {
		return complaint ? complaintMinGrowth : minGrowth;
	}

	double maxPValue(boolean complaint) {
		return complaint ? complaintMaxPValue : maxPValue;
	}
}
