package org.parley.listening.report;

import java.util.List;
import java.util.Locale;

/** The report's charts as inline SVG, drawn here so that the HTML needs no script and nothing from the network. */
final class SvgCharts {

	static final String POSITIVE = "#2e7d32";
	static final String NEUTRAL = "#9e9e9e";
	static final String NEGATIVE = "#c62828";
	static final String VOLUME = "#1565c0";

	private static final int LABEL = 150;
	private static final int BAR = 420;
	private static final int ROW = 26;

	private SvgCharts() {
	}

	/** One 100 % bar per brand, split positive / neutral / negative, with the volume after it. */
	static String sentimentBars(List<BrandFigures> brands) {
		int height = ROW * brands.size() + 30;
		StringBuilder svg = open(LABEL + BAR + 80, height, "Sentiment per brand");
		int y = 0;
		for (BrandFigures b : brands) {
			svg.append(text(LABEL - 8, y + 17, "end", b.brand()));
			double x = LABEL;
			x = segment(svg, x, y, b.positivePercent(), POSITIVE, "positive", b);
			x = segment(svg, x, y, b.neutralPercent(), NEUTRAL, "neutral", b);
			segment(svg, x, y, b.negativePercent(), NEGATIVE, "negative", b);
			if (b.volume() == 0) {
				svg.append(rect(LABEL, y + 4, BAR, ROW - 8, "#eeeeee", "no mentions"));
			}
			svg.append(text(LABEL + BAR + 8, y + 17, "start", String.valueOf(b.volume())));
			y += ROW;
		}
		legend(svg, y + 8, new String[] { "positive", "neutral", "negative" }, new String[] { POSITIVE, NEUTRAL, NEGATIVE });
		return svg.append("</svg>").toString();
	}

	/** Mentions per day as a line, negative mentions as a second line. */
	static String dailyLines(List<DailyFigures> days) {
		int width = 680;
		int height = 220;
		int left = 48;
		int bottom = 30;
		int plotWidth = width - left - 16;
		int plotHeight = height - bottom - 30;
		int max = Math.max(1, days.stream().mapToInt(DailyFigures::volume).max().orElse(1));
		StringBuilder svg = open(width, height, "Mentions per day");
		svg.append(String.format(Locale.ROOT,
				"<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#555\"/><line x1=\"%d\" y1=\"10\" x2=\"%d\" y2=\"%d\" stroke=\"#555\"/>",
				left, 10 + plotHeight, left + plotWidth, 10 + plotHeight, left, left, 10 + plotHeight));
		svg.append(text(left - 6, 16, "end", String.valueOf(max))).append(text(left - 6, 10 + plotHeight, "end", "0"));
		if (!days.isEmpty()) {
			svg.append(text(left, height - bottom + 16, "start", days.get(0).day().toString()));
			svg.append(text(left + plotWidth, height - bottom + 16, "end", days.get(days.size() - 1).day().toString()));
		}
		svg.append(polyline(days, max, left, plotWidth, plotHeight, VOLUME, true));
		svg.append(polyline(days, max, left, plotWidth, plotHeight, NEGATIVE, false));
		legend(svg, height - 14, new String[] { "all mentions", "negative" }, new String[] { VOLUME, NEGATIVE });
		return svg.append("</svg>").toString();
	}

	private static String polyline(List<DailyFigures> days, int max, int left, int plotWidth, int plotHeight,
			String colour, boolean volume) {
		StringBuilder points = new StringBuilder();
		for (int i = 0; i < days.size(); i++) {
			double x = left + (days.size() == 1 ? plotWidth / 2.0 : plotWidth * i / (double) (days.size() - 1));
			int value = volume ? days.get(i).volume() : days.get(i).negative();
			double y = 10 + plotHeight - plotHeight * value / (double) max;
			points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
		}
		return "<polyline fill=\"none\" stroke=\"" + colour + "\" stroke-width=\"2\" points=\"" + points.toString().trim()
				+ "\"/>";
	}

	private static double segment(StringBuilder svg, double x, int y, double percent, String colour, String name,
			BrandFigures b) {
		double width = BAR * percent / 100;
		if (width > 0) {
			svg.append(rect(x, y + 4, width, ROW - 8, colour,
					String.format(Locale.ROOT, "%s: %.1f %% %s", b.brand(), percent, name)));
		}
		return x + width;
	}

	private static void legend(StringBuilder svg, int y, String[] names, String[] colours) {
		int x = LABEL;
		for (int i = 0; i < names.length; i++) {
			svg.append(rect(x, y - 10, 12, 12, colours[i], names[i])).append(text(x + 16, y, "start", names[i]));
			x += 30 + names[i].length() * 7;
		}
	}

	private static StringBuilder open(int width, int height, String title) {
		return new StringBuilder(String.format(Locale.ROOT,
				"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\" "
						+ "font-family=\"sans-serif\" font-size=\"12\"><title>%s</title>",
				width, height, width, height, HtmlReport.escape(title)));
	}

	private static String rect(double x, double y, double width, double height, String colour, String title) {
		return String.format(Locale.ROOT,
				"<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s</title></rect>", x, y,
				width, height, colour, HtmlReport.escape(title));
	}

	private static String text(double x, double y, String anchor, String text) {
		return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\">%s</text>", x, y, anchor,
				HtmlReport.escape(text));
	}
}
