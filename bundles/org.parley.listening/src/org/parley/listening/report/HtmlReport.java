package org.parley.listening.report;

import java.util.Locale;

import org.parley.listening.alert.Alert;

/**
 * A listening report as one self-contained HTML file: styles inline, charts as inline SVG ({@link SvgCharts}), no
 * script and nothing fetched, so it opens in any browser and travels as an attachment.
 */
public final class HtmlReport {

	private HtmlReport() {
	}

	public static String write(ListeningReport report) {
		StringBuilder out = new StringBuilder();
		out.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Listening report: ")
				.append(escape(report.project())).append("</title>\n<style>")
				.append("body{font-family:sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}")
				.append("table{border-collapse:collapse;margin:.5rem 0 1.5rem}th,td{border:1px solid #ccc;padding:.25rem .6rem}")
				.append("td.n{text-align:right}tr.breach td{background:#fdecea}h2{margin-top:2rem}")
				.append("</style></head><body>\n");
		out.append("<h1>Listening report: ").append(escape(report.project())).append("</h1>\n");
		out.append(String.format(Locale.ROOT, "<p>%s to %s: %d mentions, %d analysed.</p>%n", report.from(), report.to(),
				report.mentions(), report.analysed()));
		out.append("<h2>Sentiment per brand</h2>\n").append(SvgCharts.sentimentBars(report.brands())).append('\n');
		out.append("<table><tr><th>Brand</th><th>Kind</th><th>Volume</th><th>Positive %</th><th>Neutral %</th><th>Negative %</th></tr>\n");
		for (BrandFigures b : report.brands()) {
			out.append(row(b.brand(), b.kind(), n(b.volume()), pct(b.positivePercent()), pct(b.neutralPercent()),
					pct(b.negativePercent())));
		}
		out.append("</table>\n<h2>Share of voice</h2>\n<table><tr><th>Brand</th><th>Kind</th><th>Volume</th><th>Share %</th></tr>\n");
		for (ShareOfVoice s : report.shareOfVoice()) {
			out.append(row(s.brand(), s.kind(), n(s.volume()), pct(s.percent())));
		}
		out.append("</table>\n<h2>Intents</h2>\n<table><tr><th>Brand</th><th>Intent</th><th>Obstacle</th><th>Mentions</th></tr>\n");
		for (IntentCount i : report.intents()) {
			out.append(row(i.brand(), i.intent(), i.obstacle() == null ? "" : i.obstacle(), n(i.count())));
		}
		out.append("</table>\n<h2>Conversation cells</h2>\n<table><tr><th>Cell</th><th>Volume</th><th>Negative %</th>"
				+ "<th>Threshold %</th><th>Breach</th><th>Open alerts</th></tr>\n");
		for (CellHeat c : report.cells()) {
			String cells = cells(c.cell(), n(c.volume()), pct(c.negativePercent()),
					c.threshold() == null ? "" : pct(c.threshold()), c.breach() ? "yes" : "no", n(c.openAlerts()));
			out.append(c.breach() ? "<tr class=\"breach\">" : "<tr>").append(cells).append("</tr>\n");
		}
		out.append("</table>\n<h2>Alerts</h2>\n<table><tr><th>Term</th><th>Growth</th><th>Window</th><th>Authors</th>"
				+ "<th>Brand</th><th>Cell</th><th>Examples</th></tr>\n");
		for (Alert a : report.alerts()) {
			out.append(row(a.term(), String.format(Locale.ROOT, "%.1f", a.growth()), a.window().label(), n(a.authors()),
					a.brand() == null ? "" : a.brand(), a.cell() == null ? "" : a.cell(), String.join(" ", a.examples())));
		}
		out.append("</table>\n<h2>Mentions per day</h2>\n").append(SvgCharts.dailyLines(report.daily())).append('\n');
		return out.append("</body></html>\n").toString();
	}

	static String escape(String text) {
		if (text == null) {
			return "";
		}
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

	/** Numbers are marked so that the style right-aligns them. */
	private static String n(long value) {
		return "\u0000" + value;
	}

	private static String pct(double value) {
		return "\u0000" + String.format(Locale.ROOT, "%.1f", value);
	}

	private static String row(String... values) {
		return "<tr>" + cells(values) + "</tr>\n";
	}

	private static String cells(String... values) {
		StringBuilder out = new StringBuilder();
		for (String value : values) {
			if (value.startsWith("\u0000")) {
				out.append("<td class=\"n\">").append(escape(value.substring(1))).append("</td>");
			} else {
				out.append("<td>").append(escape(value)).append("</td>");
			}
		}
		return out.toString();
	}
}
