package org.parley.listening.alert;

import java.time.Instant;
import java.util.List;

/**
 * A term rising now, for the team that should hear about it.
 *
 * @param at when it fired (the end of the recent window)
 * @param voices author-days that said it in the window; {@code baselineVoices} in the 28 days before
 * @param growth recent rate over baseline rate
 * @param pValue the significance: the chance of this many voices at the baseline rate
 * @param complaint whether the term belongs to the complaint lexicon, which lowers the bar
 * @param examples a few ids of mentions that say it, newest first
 * @param brand the brand most named with it, or null
 * @param cellId the id of the conversation cell it is routed to, or null when no cell fits
 * @param cell the cell as "team / customer group", or null
 */
public record Alert(String term, AlertWindow window, Instant at, double growth, int voices, int baselineVoices,
		int authors, double pValue, boolean complaint, List<String> examples, String brand, String cellId,
		String cell) {
}
