package org.parley.representation.draw;

/**
 * One line of text. {@code y} is the top of the line box; {@code size} is the font's pixel height.
 *
 * @param maxWidth the width the text must fit in (it is shortened with "…" to fit, by {@link TextMetrics}),
 *                 or 0 for no limit
 */
public record Label(double x, double y, String text, double size, boolean bold, Colour colour, Anchor anchor,
		double maxWidth) implements Shape {

	public Label {
		if (text == null) {
			throw new IllegalArgumentException("A label needs a text");
		}
	}

	/** The text as shown: shortened to {@link #maxWidth()}. */
	public String shownText() {
		return maxWidth > 0 ? TextMetrics.fit(text, size, bold, maxWidth) : text;
	}
}
