package org.parley.representation.draw;

/** An opaque sRGB colour. */
public record Colour(int red, int green, int blue) {

	public static final Colour BLACK = new Colour(0, 0, 0);
	public static final Colour WHITE = new Colour(255, 255, 255);

	public Colour {
		if ((red | green | blue) < 0 || red > 255 || green > 255 || blue > 255) {
			throw new IllegalArgumentException("Colour components must be 0–255: " + red + ", " + green + ", " + blue);
		}
	}

	/** Parses {@code #rrggbb}. */
	public static Colour hex(String text) {
		if (text == null || !text.matches("#[0-9a-fA-F]{6}")) {
			throw new IllegalArgumentException("Not a colour #rrggbb: " + text);
		}
		int rgb = Integer.parseInt(text.substring(1), 16);
		return new Colour(rgb >> 16, (rgb >> 8) & 0xff, rgb & 0xff);
	}

	/** The colour {@code fraction} (0–1) of the way from this one to {@code other}. */
	public Colour towards(Colour other, double fraction) {
		double f = Math.max(0, Math.min(1, fraction));
		return new Colour(mix(red, other.red, f), mix(green, other.green, f), mix(blue, other.blue, f));
	}

	/** Black or white, whichever reads better on this colour. */
	public Colour readableText() {
		double luminance = 0.2126 * red + 0.7152 * green + 0.0722 * blue;
		return luminance > 140 ? BLACK : WHITE;
	}

	public String toHex() {
		return String.format("#%02x%02x%02x", red, green, blue);
	}

	private static int mix(int from, int to, double fraction) {
		return (int) Math.round(from + (to - from) * fraction);
	}
}
