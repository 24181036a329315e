package org.parley.representation.draw;

/**
 * A rectangle.
 *
 * @param fill        inside colour, or null for none
 * @param stroke      outline colour, or null for none
 * @param ref         what the box stands for (a model object's id), for hit tests and SVG ids; may be null
 * @param tooltip     text a viewer shows on hover (SVG {@code <title>}); may be null
 */
public record Box(double x, double y, double width, double height, Colour fill, Colour stroke, double strokeWidth,
		double cornerRadius, String ref, String tooltip) implements Shape {

	public Box {
		if (width < 0 || height < 0) {
			throw new IllegalArgumentException("A box cannot have a negative size: " + width + " × " + height);
		}
	}

	public boolean contains(double px, double py) {
		return px >= x && py >= y && px < x + width && py < y + height;
	}

	public double right() {
		return x + width;
	}

	public double bottom() {
		return y + height;
	}
}
