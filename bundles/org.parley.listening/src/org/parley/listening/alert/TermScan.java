package org.parley.listening.alert;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Early warning replayed over time, as if it had run every {@code step}: the first signal of each episode of each
 * term (a term firing again within 7 days of its last signal continues its episode). Each step re-tests the terms
 * said during that step, since mostly a new voice pushes a term over the bar, and the terms of open episodes.
 */
public final class TermScan {

	/** Posts compared per signal to tell an echo: enough to judge, few enough to stay fast. */
	private static final int ECHO_POSTS = 200;

	private final EmergingTermDetector detector;

	public TermScan(EmergingTermDetector detector) {
		this.detector = detector;
	}

	/** The signals of {@link EmergingTermDetector#detect} at {@code now}, without echoes of stronger ones. */
	public List<TermSignal> at(TermTimeline timeline, Instant now) {
		return withoutEchoes(timeline, detector.detect(timeline, now));
	}

	/** Episodes that start in (from, to], checked every {@code step}, in the order they started. */
	public List<TermSignal> scan(TermTimeline timeline, Instant from, Instant to, Duration step) {
		Map<String, Instant> lastFired = new HashMap<>();
		List<TermSignal> episodes = new ArrayList<>();
		for (Instant t = from; t.isBefore(to);) {
			Instant now = t.plus(step).isAfter(to) ? to : t.plus(step);
			Set<String> candidates = timeline.termsSaidIn(t, now);
			// open episodes are re-tested too, so that an echo is judged against the story it echoes
			for (Map.Entry<String, Instant> open : lastFired.entrySet()) {
				if (Duration.between(open.getValue(), now).compareTo(AlertWindow.LAST_7_DAYS.length()) < 0) {
					candidates.add(open.getKey());
				}
			}
			for (TermSignal signal : withoutEchoes(timeline, detector.detect(timeline, now, candidates))) {
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
	 * Keeps one signal per story. A signal whose posts are at least half those of a stronger kept signal echoes it
	 * ("encore panne" said by the same people as "panne 4g") and goes; but when it is also the more specific wording
	 * of that story (more words, covering half its posts, as "panne 4g" for "panne"), it takes the other's place.
	 */
	static List<TermSignal> withoutEchoes(TermTimeline timeline, List<TermSignal> strongestFirst) {
		List<TermSignal> kept = new ArrayList<>();
		List<Set<String>> keptPosts = new ArrayList<>();
		for (TermSignal signal : strongestFirst) {
			Set<String> posts = new HashSet<>(timeline.mentions(signal.term(),
					signal.at().minus(signal.window().length()), signal.at(), ECHO_POSTS));
			int echoed = -1;
			long shared = 0;
			for (int i = 0; i < kept.size() && echoed < 0; i++) {
				shared = posts.stream().filter(keptPosts.get(i)::contains).count();
				if (shared * 2 >= posts.size()) {
					echoed = i;
				}
			}
			if (echoed < 0) {
				kept.add(signal);
				keptPosts.add(posts);
			} else if (words(signal) > words(kept.get(echoed)) && shared * 2 >= keptPosts.get(echoed).size()) {
				kept.set(echoed, signal);
				keptPosts.set(echoed, posts);
			}
		}
		return kept;
	}

	private static int words(TermSignal signal) {
		return signal.term().split(" ").length;
	}
}
