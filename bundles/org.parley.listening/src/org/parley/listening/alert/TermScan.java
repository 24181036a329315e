package org.parley.listening.alert;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Early warning replayed over time, as if it had run every {@code step}: the first signal of each episode of each
 * term (a term firing again within 7 days of its last signal continues its episode). Each step only re-tests the
 * terms said during that step, because only a new voice can push a term over the bar.
 */
public final class TermScan {

	private final EmergingTermDetector detector;

	public TermScan(EmergingTermDetector detector) {
		this.detector = detector;
	}

	/** The signals of {@link EmergingTermDetector#detect} at {@code now}, without sub-terms of a firing pair. */
	public List<TermSignal> at(TermTimeline timeline, Instant now) {
		return withoutSubTerms(detector.detect(timeline, now));
	}

	/** Episodes that start in (from, to], checked every {@code step}, in the order they started. */
	public List<TermSignal> scan(TermTimeline timeline, Instant from, Instant to, Duration step) {
		Map<String, Instant> lastFired = new HashMap<>();
		List<TermSignal> episodes = new ArrayList<>();
		for (Instant t = from; t.isBefore(to);) {
			Instant now = t.plus(step).isAfter(to) ? to : t.plus(step);
			Set<String> said = timeline.termsSaidIn(t, now);
			for (TermSignal signal : withoutSubTerms(detector.detect(timeline, now, said))) {
				Instant last = lastFired.put(signal.term(), now);
				if (last == null || Duration.between(last, now).compareTo(AlertWindow.LAST_7_DAYS.length()) >= 0) {
					episodes.add(signal);
				}
			}
			t = now;
		}
		return episodes;
	}

	/**
	 * Drops a word when a pair holding it fired on at least half its voices: "panne" adds nothing to "panne 4g"
	 * when the same people said both.
	 */
	static List<TermSignal> withoutSubTerms(List<TermSignal> signals) {
		List<TermSignal> kept = new ArrayList<>();
		for (TermSignal signal : signals) {
			boolean covered = false;
			if (!signal.term().contains(" ")) {
				for (TermSignal other : signals) {
					if (other.term().contains(" ") && List.of(other.term().split(" ")).contains(signal.term())
							&& other.voices() * 2 >= signal.voices()) {
						covered = true;
						break;
					}
				}
			}
			if (!covered) {
				kept.add(signal);
			}
		}
		return kept;
	}
}
