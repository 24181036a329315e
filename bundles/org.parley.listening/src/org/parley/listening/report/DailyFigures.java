package org.parley.listening.report;

import java.time.LocalDate;

/** One day's mentions and their sentiment split; mentions not analysed yet count in the volume only. */
public record DailyFigures(LocalDate day, int volume, int positive, int neutral, int negative) {
}
