package org.parley.representation.draw;

/**
 * Text widths without a display, from average glyph widths of a sans-serif font. Screen fonts differ a little, so
 * layouts leave a margin rather than rely on exact widths.
 */
public final class TextMetrics {

	private static final double NARROW = 0.30, REGULAR = 0.55, WIDE = 0.80, BOLD_FACTOR = 1.07;
	private static final String ELLIPSIS = "…";

	private TextMetrics() {
	}

	public static double width(String text, double size, boolean bold) {
		double em = 0;
		for (int i = 0; i < text.length(); i++) {
			em += glyph(text.charAt(i));
		}
		return em * size * (bold ? BOLD_FACTOR : 1);
	}

	/** {@code text}, shortened with an ellipsis if it is wider than {@code maxWidth}. */
	public static String fit(String text, double size, boolean bold, double maxWidth) {
		if (width(text, size, bold) <= maxWidth) {
			return text;
		}
		int end = text.length();
		while (end > 0 && width(text.substring(0, end) + ELLIPSIS, size, bold) > maxWidth) {
			end--;
		}
		return end == 0 ? "" : text.substring(0, end).stripTrailing() + ELLIPSIS;
	}

	private static double glyph(char c) {
		if ("iljtfrI.,;:!|'’ ()[]".indexOf(c) >= 0) {
			return NARROW;
		}
		if ("mwMW@%&—".indexOf(c) >= 0 || Character.isIdeographic(c)) {
			return WIDE;
		}
		return Character.isUpperCase(c) ? 0.65 : REGULAR;
	}
}
