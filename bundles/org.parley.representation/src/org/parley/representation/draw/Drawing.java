package org.parley.representation.draw;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A picture of {@code width} × {@code height} pixels: shapes painted in the order added, later ones on top.
 */
public final class Drawing {

	private final double width;
	private final double height;
	private final Colour background;
	private final List<Shape> shapes = new ArrayList<>();

	public Drawing(double width, double height, Colour background) {
		if (width <= 0 || height <= 0) {
			throw new IllegalArgumentException("A drawing needs a positive size: " + width + " × " + height);
		}
		this.width = width;
		this.height = height;
		this.background = background == null ? Colour.WHITE : background;
	}

	public Drawing add(Shape shape) {
		shapes.add(shape);
		return this;
	}

	/** A box with a fill and a thin outline. */
	public Drawing box(double x, double y, double w, double h, Colour fill, Colour stroke, String ref, String tooltip) {
		return add(new Box(x, y, w, h, fill, stroke, stroke == null ? 0 : 1, 0, ref, tooltip));
	}

	/** A left-aligned label, shortened to fit {@code maxWidth} (0: no limit). */
	public Drawing text(double x, double y, String text, double size, boolean bold, Colour colour, double maxWidth) {
		return add(new Label(x, y, text, size, bold, colour, Anchor.START, maxWidth));
	}

	public double width() {
		return width;
	}

	public double height() {
		return height;
	}

	public Colour background() {
		return background;
	}

	public List<Shape> shapes() {
		return Collections.unmodifiableList(shapes);
	}

	/** The topmost box at a point that stands for something, or null. */
	public Box hit(double x, double y) {
		for (int i = shapes.size() - 1; i >= 0; i--) {
			if (shapes.get(i) instanceof Box box && box.ref() != null && box.contains(x, y)) {
				return box;
			}
		}
		return null;
	}

	/** The first box standing for {@code ref}, or null. */
	public Box boxOf(String ref) {
		for (Shape shape : shapes) {
			if (shape instanceof Box box && ref.equals(box.ref())) {
				return box;
			}
		}
		return null;
	}
}
