package org.parley.listening.report;

import java.util.Locale;

import org.parley.listening.alert.Alert;

/** A listening report as Markdown tables, for a wiki page, a pull request or a chat message. */
public final class MarkdownReport {

	private MarkdownReport() {
	}

	public static String write(ListeningReport report) {
		StringBuilder out = new StringBuilder();
		out.append("# Listening report: ").append(cell(report.project())).append("\n\n");
		out.append(String.format(Locale.ROOT, "%s to %s: %d mentions, %d analysed.%n%n", report.from(), report.to(),
				report.mentions(), report.analysed()));
		out.append("## Brands\n\n| Brand | Kind | Volume | Positive % | Neutral % | Negative % |\n|---|---|---:|---:|---:|---:|\n");
		for (BrandFigures b : report.brands()) {
			out.append(String.format(Locale.ROOT, "| %s | %s | %d | %.1f | %.1f | %.1f |%n", cell(b.brand()), b.kind(),
					b.volume(), b.positivePercent(), b.neutralPercent(), b.negativePercent()));
		}
		out.append("\n## Share of voice\n\n| Brand | Kind | Volume | Share % |\n|---|---|---:|---:|\n");
		for (ShareOfVoice s : report.shareOfVoice()) {
			out.append(String.format(Locale.ROOT, "| %s | %s | %d | %.1f |%n", cell(s.brand()), s.kind(), s.volume(),
					s.percent()));
		}
		out.append("\n## Intents\n\n| Brand | Intent | Obstacle | Mentions |\n|---|---|---|---:|\n");
		for (IntentCount i : report.intents()) {
			out.append(String.format(Locale.ROOT, "| %s | %s | %s | %d |%n", cell(i.brand()), i.intent(),
					i.obstacle() == null ? "" : i.obstacle(), i.count()));
		}
		out.append("\n## Conversation cells\n\n| Cell | Volume | Negative % | Threshold % | Breach | Open alerts |\n"
				+ "|---|---:|---:|---:|---|---:|\n");
		for (CellHeat c : report.cells()) {
			out.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %s | %s | %d |%n", cell(c.cell()), c.volume(),
					c.negativePercent(), c.threshold() == null ? "" : String.format(Locale.ROOT, "%.1f", c.threshold()),
					c.breach() ? "**yes**" : "no", c.openAlerts()));
		}
		out.append("\n## Alerts\n\n| Term | Growth | Window | Authors | Brand | Cell |\n|---|---:|---|---:|---|---|\n");
		for (Alert a : report.alerts()) {
			out.append(String.format(Locale.ROOT, "| %s | %.1f | %s | %d | %s | %s |%n", cell(a.term()), a.growth(),
					a.window().label(), a.authors(), a.brand() == null ? "" : cell(a.brand()),
					a.cell() == null ? "" : cell(a.cell())));
		}
		out.append("\n## Daily volume\n\n| Day | Volume | Positive | Neutral | Negative |\n|---|---:|---:|---:|---:|\n");
		for (DailyFigures d : report.daily()) {
			out.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d |%n", d.day(), d.volume(), d.positive(),
					d.neutral(), d.negative()));
		}
		return out.toString();
	}

	/** A table cell's text: a pipe would end the cell. */
	private static String cell(String text) {
		return text == null ? "" : text.replace("|", "\\|").replace("\n", " ");
	}
}
