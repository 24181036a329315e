package org.parley.listening.alert;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parley.listening.analyse.TweetCorpus;

/**
 * Early warning's detection lag and false alarms on real tweets, measured with {@link EarlyWarningBenchmark}. The
 * bounds are what a service team needs: a complaint two people an hour repeat is known within half a working day
 * (6 h), a new term without complaint words within a day, and fewer than one false alarm a week on average, so
 * that people keep reading the alerts.
 */
class EarlyWarningBenchmarkTest {

	private static final int PER_DAY = 150;

	private final EarlyWarningBenchmark benchmark = new EarlyWarningBenchmark(TweetCorpus.all(),
			DetectionSettings.defaults());

	@Test
	void aComplaintBurstOfTwoPostsAnHourIsCaughtWithinSixHours() {
		for (long seed : new long[] { 1, 2 }) {
			double lag = benchmark.lagHours(seed, PER_DAY,
					EarlyWarningBenchmark.burst("panne", SimulatedStream.PANNE_4G, 2, 24), EarlyWarningBenchmark.PANNE_TERMS);

			assertThat(lag).as("seed %d", seed).isBetween(0.0, 6.0);
		}
	}

	@Test
	void aNewTermWithoutComplaintWordsIsCaughtWithinADay() {
		double lag = benchmark.lagHours(3, PER_DAY,
				EarlyWarningBenchmark.burst("esim", SimulatedStream.ESIM_ACTIVATION, 2, 24), EarlyWarningBenchmark.ESIM_TERMS);

		assertThat(lag).isBetween(0.0, 24.0);
	}

	@Test
	void backgroundTrafficRaisesFewerThanOneFalseAlarmAWeek() {
		double perWeek = (benchmark.falseAlarmsPerWeek(1, PER_DAY) + benchmark.falseAlarmsPerWeek(2, PER_DAY)
				+ benchmark.falseAlarmsPerWeek(3, PER_DAY)) / 3;

		assertThat(perWeek).isLessThan(1.0);
	}
}
