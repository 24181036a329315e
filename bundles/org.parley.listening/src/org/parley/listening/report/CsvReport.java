package org.parley.listening.report;

import java.util.Locale;

import org.parley.listening.alert.Alert;

/**
 * A listening report as one CSV table in long form ({@code table,brand,cell,day,metric,value}), one figure per row,
 * so that a spreadsheet's pivot table can rebuild any view. RFC 4180 quoting.
 */
public final class CsvReport {

	private CsvReport() {
	}

	public static String write(ListeningReport report) {
		StringBuilder out = new StringBuilder("table,brand,cell,day,metric,value\r\n");
		for (BrandFigures b : report.brands()) {
			row(out, "brands", b.brand(), "", "", "volume", b.volume());
			row(out, "brands", b.brand(), "", "", "positive_percent", b.positivePercent());
			row(out, "brands", b.brand(), "", "", "neutral_percent", b.neutralPercent());
			row(out, "brands", b.brand(), "", "", "negative_percent", b.negativePercent());
		}
		for (ShareOfVoice s : report.shareOfVoice()) {
			row(out, "share_of_voice", s.brand(), "", "", "percent", s.percent());
		}
		for (IntentCount i : report.intents()) {
			row(out, "intents", i.brand(), "", "", i.intent() + (i.obstacle() == null ? "" : ":" + i.obstacle()),
					i.count());
		}
		for (CellHeat c : report.cells()) {
			row(out, "cells", "", c.cell(), "", "volume", c.volume());
			row(out, "cells", "", c.cell(), "", "negative_percent", c.negativePercent());
			if (c.threshold() != null) {
				row(out, "cells", "", c.cell(), "", "negative_threshold_percent", c.threshold());
			}
			row(out, "cells", "", c.cell(), "", "breach", c.breach() ? 1 : 0);
			row(out, "cells", "", c.cell(), "", "open_alerts", c.openAlerts());
		}
		for (Alert a : report.alerts()) {
			row(out, "alerts:" + a.term(), a.brand() == null ? "" : a.brand(), a.cell() == null ? "" : a.cell(), "",
					"growth_" + a.window().label(), a.growth());
		}
		for (DailyFigures d : report.daily()) {
			String day = d.day().toString();
			row(out, "daily", "", "", day, "volume", d.volume());
			row(out, "daily", "", "", day, "positive", d.positive());
			row(out, "daily", "", "", day, "neutral", d.neutral());
			row(out, "daily", "", "", day, "negative", d.negative());
		}
		return out.toString();
	}

	private static void row(StringBuilder out, String table, String brand, String cell, String day, String metric,
			double value) {
		String number = value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.2f", value);
		out.append(quote(table)).append(',').append(quote(brand)).append(',').append(quote(cell)).append(',').append(day)
				.append(',').append(quote(metric)).append(',').append(number).append("\r\n");
	}

	private static String quote(String field) {
		if (field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
			return '"' + field.replace("\"", "\"\"") + '"';
		}
		return field;
	}
}
