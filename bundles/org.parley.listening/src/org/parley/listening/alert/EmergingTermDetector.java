package org.parley.listening.alert;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the terms said significantly more now than before, whether or not anybody listed them: for each
 * {@link AlertWindow}, the term's voices in the window are tested against what its rate in the 28 days before
 * predicts, scaled by how much all traffic changed (see {@link DetectionSettings}). A term never said before gets
 * half a voice of baseline, so that a brand-new term can fire, but only on several authors.
 */
public final class EmergingTermDetector {

	/** Examples kept per signal. */
	public static final int EXAMPLES = 5;

	private final DetectionSettings settings;

	public EmergingTermDetector(DetectionSettings settings) {
		this.settings = settings;
	}

	/** The signals at {@code now} among all terms, strongest first, one per term (its most significant window). */
	public List<TermSignal> detect(TermTimeline timeline, Instant now) {
		return detect(timeline, now,
				timeline.termsSaidIn(now.minus(AlertWindow.LAST_7_DAYS.length()), now));
	}

	/** The signals at {@code now} among these terms only, strongest first. */
	public List<TermSignal> detect(TermTimeline timeline, Instant now, Collection<String> terms) {
		Map<String, TermSignal> best = new HashMap<>();
		for (AlertWindow window : AlertWindow.values()) {
			Instant start = now.minus(window.length());
			Instant baselineStart = start.minus(AlertWindow.BASELINE);
			int traffic = timeline.traffic(start, now);
			int baselineTraffic = timeline.traffic(baselineStart, start);
			if (traffic == 0 || baselineTraffic == 0) {
				continue;
			}
			double scale = (double) traffic / baselineTraffic;
			for (String term : terms) {
				boolean complaint = timeline.extractor().lexicon().covers(term);
				int voices = timeline.voices(term, start, now);
				if (voices < settings.minAuthors(complaint)) {
					continue;
				}
				int baseline = timeline.voices(term, baselineStart, start);
				double expected = Math.max(baseline, 0.5) * scale;
				double growth = voices / expected;
				if (growth < settings.minGrowth(complaint)) {
					continue;
				}
				double p = PoissonTail.atLeast(voices, expected);
				if (p > settings.maxPValue(complaint)) {
					continue;
				}
				int authors = timeline.authors(term, start, now);
				if (authors < settings.minAuthors(complaint)) {
					continue;
				}
				TermSignal signal = new TermSignal(term, window, now, voices, baseline, authors, growth, p, complaint,
						timeline.mentions(term, start, now, EXAMPLES));
				best.merge(term, signal, (a, b) -> a.pValue() <= b.pValue() ? a : b);
			}
		}
		List<TermSignal> signals = new ArrayList<>(best.values());
		signals.sort(Comparator.comparingDouble(TermSignal::pValue).thenComparing(TermSignal::term));
		return signals;
	}
}
