package org.parley.listening.alert;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.parley.listening.analyse.TweetCorpus;

/**
 * Measures early warning on streams of real tweets (UMSAB, English and French) with and without an injected burst:
 * the detection lag (from the burst's first post to the first alert on the burst's term, checked hourly as the
 * project would) and the false alarms per simulated week (alert episodes on any term in background-only weeks).
 * Run it as a program to print the figures over several seeds and burst rates.
 */
public final class EarlyWarningBenchmark {

	/** Weeks simulated; the first five only fill the 28-day baseline and the 7-day window. */
	static final int WEEKS = 10;
	static final int WARM_UP_WEEKS = 5;

	private final List<String> texts;
	private final DetectionSettings settings;

	EarlyWarningBenchmark(List<String> texts, DetectionSettings settings) {
		this.texts = texts;
		this.settings = settings;
	}

	/** Alert episodes per week over the weeks after the warm-up, on background traffic only. */
	double falseAlarmsPerWeek(long seed, int perDay) {
		List<Observation> background = new SimulatedStream(texts, seed).background(WEEKS, perDay);
		TermTimeline timeline = TermTimeline.of(background, TermExtractor.shipped());
		Instant from = SimulatedStream.START.plus(Duration.ofDays(7L * WARM_UP_WEEKS));
		Instant to = SimulatedStream.START.plus(Duration.ofDays(7L * WEEKS));
		List<TermSignal> episodes = new TermScan(new EmergingTermDetector(settings)).scan(timeline, from, to,
				Duration.ofHours(1));
		return episodes.size() / (double) (WEEKS - WARM_UP_WEEKS);
	}

	/** The alert episodes of a background-only stream, to see what fires. */
	List<TermSignal> backgroundEpisodes(long seed, int perDay) {
		List<Observation> background = new SimulatedStream(texts, seed).background(WEEKS, perDay);
		TermTimeline timeline = TermTimeline.of(background, TermExtractor.shipped());
		return new TermScan(new EmergingTermDetector(settings)).scan(timeline,
				SimulatedStream.START.plus(Duration.ofDays(7L * WARM_UP_WEEKS)),
				SimulatedStream.START.plus(Duration.ofDays(7L * WEEKS)), Duration.ofHours(1));
	}

	/**
	 * Hours from the burst's start to the first alert on one of {@code burstTerms}, or -1 when none came within
	 * three days.
	 */
	double lagHours(long seed, int perDay, SimulatedStream.Burst burst, Set<String> burstTerms) {
		SimulatedStream stream = new SimulatedStream(texts, seed);
		List<Observation> posts = new ArrayList<>(stream.background(WEEKS, perDay));
		posts.addAll(stream.burst(burst));
		TermTimeline timeline = TermTimeline.of(posts, TermExtractor.shipped());
		List<TermSignal> episodes = new TermScan(new EmergingTermDetector(settings)).scan(timeline, burst.start(),
				burst.start().plus(Duration.ofDays(3)), Duration.ofHours(1));
		for (TermSignal signal : episodes) {
			if (burstTerms.contains(signal.term())) {
				return Duration.between(burst.start(), signal.at()).toMinutes() / 60.0;
			}
		}
		return -1;
	}

	/** A burst in the middle of week 7, on a Wednesday at 09:00 UTC. */
	static SimulatedStream.Burst burst(String key, List<String> templates, double perHour, int hours) {
		return new SimulatedStream.Burst(key, templates, SimulatedStream.START.plus(Duration.ofDays(44)).plus(Duration.ofHours(9)),
				perHour, hours);
	}

	static final Set<String> PANNE_TERMS = Set.of("panne 4g", "panne", "4g", "panne4g");
	static final Set<String> ESIM_TERMS = Set.of("esim activation", "esim", "activation");

	public static void main(String[] args) {
		EarlyWarningBenchmark benchmark = new EarlyWarningBenchmark(TweetCorpus.all(), DetectionSettings.defaults());
		int perDay = args.length > 0 ? Integer.parseInt(args[0]) : 150;
		long[] seeds = { 1, 2, 3, 4, 5 };
		System.out.printf(Locale.ROOT, "Early warning on %d real tweets replayed at %d posts/day over %d weeks (%d evaluated)%n",
				benchmark.texts.size(), perDay, WEEKS, WEEKS - WARM_UP_WEEKS);
		double falseAlarms = 0;
		for (long seed : seeds) {
			double perWeek = benchmark.falseAlarmsPerWeek(seed, perDay);
			falseAlarms += perWeek;
			System.out.printf(Locale.ROOT, "seed %d: false alarms/week %.2f %s%n", seed, perWeek,
					benchmark.backgroundEpisodes(seed, perDay).stream().map(TermSignal::term).toList());
		}
		System.out.printf(Locale.ROOT, "mean false alarms/week: %.2f%n", falseAlarms / seeds.length);
		for (double rate : new double[] { 1, 2, 4 }) {
			for (String kind : List.of("panne 4g", "esim activation")) {
				List<String> lags = new ArrayList<>();
				for (long seed : seeds) {
					double lag = kind.equals("panne 4g")
							? benchmark.lagHours(seed, perDay, burst("panne", SimulatedStream.PANNE_4G, rate, 24), PANNE_TERMS)
							: benchmark.lagHours(seed, perDay, burst("esim", SimulatedStream.ESIM_ACTIVATION, rate, 24), ESIM_TERMS);
					lags.add(lag < 0 ? "missed" : String.format(Locale.ROOT, "%.1f h", lag));
				}
				System.out.printf(Locale.ROOT, "burst '%s' at %.0f posts/h: detection lag per seed %s%n", kind, rate, lags);
			}
		}
	}
}
