package org.parley.listening.alert;

import java.time.Instant;
import java.util.List;

/**
 * A term whose frequency rises significantly, before it is given a brand and a cell.
 *
 * @param voices the term's voices (author-days) in the recent window
 * @param baselineVoices its voices in the 28 days before
 * @param growth the recent rate over the baseline rate, each as voices per voice of all traffic
 * @param pValue the chance of so many voices if the baseline rate held
 * @param examples ids of recent mentions that say it, newest first
 */
public record TermSignal(String term, AlertWindow window, Instant at, int voices, int baselineVoices, int authors,
		double growth, double pValue, boolean complaint, List<String> examples) {
}
