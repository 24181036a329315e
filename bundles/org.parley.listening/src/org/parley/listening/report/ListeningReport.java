package org.parley.listening.report;

import java.time.LocalDate;
import java.util.List;

import org.parley.listening.alert.Alert;

/**
 * Everything a listening report shows for a period (both days included), computed once and printed by
 * {@link MarkdownReport}, {@link HtmlReport}, {@link CsvReport} or {@link JsonReport}.
 *
 * @param analysed how many of the period's mentions have a stored analysis
 */
public record ListeningReport(String project, LocalDate from, LocalDate to, int mentions, int analysed,
		List<BrandFigures> brands, List<ShareOfVoice> shareOfVoice, List<IntentCount> intents, List<CellHeat> cells,
		List<DailyFigures> daily, List<Alert> alerts) {
}
