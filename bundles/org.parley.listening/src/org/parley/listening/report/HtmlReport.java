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
			out.append(row(td(b.brand()), td(b.kind()), num(b.volume()), pct(b.positivePercent()),
					pct(b.neutralPercent()), pct(b.negativePercent())));
		}
		out.append("</table>\n<h2>Share of voice</h2>\n<table><tr><th>Brand</th><th>Kind</th><th>Volume</th><th>Share %</th></tr>\n");
		for (ShareOfVoice s : report.shareOfVoice()) {
			out.append(row(td(s.brand()), td(s.kind()), num(s.volume()), pct(s.percent())));
		}
		out.append("</table>\n<h2>Intents</h2>\n<table><tr><th>Brand</th><th>Intent</th><th>Obstacle</th><th>Mentions</th></tr>\n");
		for (IntentCount i : report.intents()) {
			out.append(row(td(i.brand()), td(i.intent()), td(i.obstacle() == null ? "" : i.obstacle()), num(i.count())));
		}
		out.append("</table>\n<h2>Conversation cells</h2>\n<table><tr><th>Cell</th><th>Volume</th><th>Negative %</th>"
				+ "<th>Threshold %</th><th>Breach</th><th>Open alerts</th></tr>\n");
		for (CellHeat c : report.cells()) {
			String cells = td(c.cell()) + num(c.volume()) + pct(c.negativePercent())
					+ (c.threshold() == null ? td("") : pct(c.threshold())) + td(c.breach() ? "yes" : "no")
					+ num(c.openAlerts());
			out.append(c.breach() ? "<tr class=\"breach\">" : "<tr>").append(cells).append("</tr>\n");
		}
		out.append("</table>\n<h2>Alerts</h2>\n<table><tr><th>Term</th><th>Growth</th><th>Window</th><th>Authors</th>"
				+ "<th>Brand</th><th>Cell</th><th>Examples</th></tr>\n");
		for (Alert a : report.alerts()) {
			out.append(row(td(a.term()), td(String.format(Locale.ROOT, "%.1f", a.growth())), td(a.window().label()),
					num(a.authors()), td(a.brand() == null ? "" : a.brand()), td(a.cell() == null ? "" : a.cell()),
					td(String.join(" ", a.examples()))));
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

	/** A cell of text. */
	private static String td(String text) {
		return "<td>" + escape(text) + "</td>";
	}

	/** A cell of a number, right-aligned by the style. */
	private static String num(long value) {
		return "<td class=\"n\">" + value + "</td>";
	}

	private static String pct(double value) {
		return "<td class=\"n\">" + String.format(Locale.ROOT, "%.1f", value) + "</td>";
	}

	private static String row(String... cells) {
		return "<tr>" + String.join("", cells) + "</tr>\n";
	}
}
