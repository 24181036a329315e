package org.parley.ui.draw;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Device;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.parley.representation.draw.Anchor;
import org.parley.representation.draw.ArrowHead;
import org.parley.representation.draw.Box;
import org.parley.representation.draw.Colour;
import org.parley.representation.draw.Drawing;
import org.parley.representation.draw.Label;
import org.parley.representation.draw.Line;
import org.parley.representation.draw.Shape;

/**
 * Paints drawings on a GC. Keeps the colours and fonts it made until {@link #dispose()}, so a canvas reuses them
 * from one paint to the next.
 */
public final class DrawingPainter {

	private final Device device;
	private final Map<Colour, Color> colours = new HashMap<>();
	private final Map<Long, Font> fonts = new HashMap<>();

	public DrawingPainter(Device device) {
		this.device = device;
	}

	/**
	 * Paints {@code drawing} scaled by {@code zoom}, its origin at ({@code -originX}, {@code -originY}) in the GC;
	 * shapes outside {@code clip} (GC coordinates, may be null) are skipped.
	 */
	public void paint(GC gc, Drawing drawing, double zoom, double originX, double originY, Rectangle clip) {
		gc.setAntialias(SWT.ON);
		gc.setTextAntialias(SWT.ON);
		gc.setBackground(colour(drawing.background()));
		gc.fillRectangle(px(-originX), px(-originY), px(drawing.width() * zoom), px(drawing.height() * zoom));
		for (Shape shape : drawing.shapes()) {
			switch (shape) {
			case Box box -> box(gc, box, zoom, originX, originY, clip);
			case Label label -> label(gc, label, zoom, originX, originY, clip);
			case Line line -> line(gc, line, zoom, originX, originY, clip);
			}
		}
	}

	private void box(GC gc, Box box, double zoom, double ox, double oy, Rectangle clip) {
		int x = px(box.x() * zoom - ox), y = px(box.y() * zoom - oy);
		int w = px(box.width() * zoom), h = px(box.height() * zoom);
		if (clip != null && !clip.intersects(x, y, w + 1, h + 1)) {
			return;
		}
		int arc = px(box.cornerRadius() * 2 * zoom);
		if (box.fill() != null) {
			gc.setBackground(colour(box.fill()));
			gc.fillRoundRectangle(x, y, w, h, arc, arc);
		}
		if (box.stroke() != null && box.strokeWidth() > 0) {
			gc.setForeground(colour(box.stroke()));
			gc.setLineWidth(Math.max(1, px(box.strokeWidth() * zoom)));
			gc.setLineStyle(SWT.LINE_SOLID);
			gc.drawRoundRectangle(x, y, w, h, arc, arc);
		}
	}

	private void label(GC gc, Label label, double zoom, double ox, double oy, Rectangle clip) {
		double size = label.size() * zoom;
		if (size < 3) {
			return; // unreadable at this zoom; skipping keeps zoomed-out paints fast
		}
		int y = px(label.y() * zoom - oy);
		if (clip != null && (y > clip.y + clip.height || y + size * 1.5 < clip.y)) {
			return;
		}
		gc.setFont(font(size, label.bold()));
		gc.setForeground(colour(label.colour()));
		String text = label.shownText();
		double x = label.x() * zoom - ox;
		// Measuring costs as much as drawing: only centred and right-aligned labels need their extent.
		if (label.anchor() == Anchor.MIDDLE) {
			x -= gc.textExtent(text, SWT.DRAW_TRANSPARENT).x / 2.0;
		} else if (label.anchor() == Anchor.END) {
			x -= gc.textExtent(text, SWT.DRAW_TRANSPARENT).x;
		}
		gc.drawText(text, px(x), y, SWT.DRAW_TRANSPARENT);
	}

	private void line(GC gc, Line line, double zoom, double ox, double oy, Rectangle clip) {
		List<Double> p = line.points();
		int[] points = new int[p.size()];
		int minX = Integer.MAX_VALUE, minY = Integer.MAX_VALUE, maxX = Integer.MIN_VALUE, maxY = Integer.MIN_VALUE;
		for (int i = 0; i < points.length; i += 2) {
			points[i] = px(p.get(i) * zoom - ox);
			points[i + 1] = px(p.get(i + 1) * zoom - oy);
			minX = Math.min(minX, points[i]);
			maxX = Math.max(maxX, points[i]);
			minY = Math.min(minY, points[i + 1]);
			maxY = Math.max(maxY, points[i + 1]);
		}
		// A line whose bounds (with room for its arrow head) miss the damaged area cannot touch it.
		int margin = (int) Math.ceil(10 * Math.max(1, zoom));
		if (clip != null && !clip.intersects(minX - margin, minY - margin, maxX - minX + 2 * margin,
				maxY - minY + 2 * margin)) {
			return;
		}
		gc.setForeground(colour(line.colour()));
		gc.setLineWidth(Math.max(1, px(line.width() * zoom)));
		gc.setLineStyle(line.dashed() ? SWT.LINE_DASH : SWT.LINE_SOLID);
		gc.drawPolyline(points);
		gc.setLineStyle(SWT.LINE_SOLID);
		if (line.arrow()) {
			double[] head = ArrowHead.of(line);
			int[] triangle = new int[6];
			for (int i = 0; i < 6; i += 2) {
				// The head keeps its size in drawing units, so it scales like the line.
				double hx = p.get(p.size() - 2) + (head[i] - head[0]);
				double hy = p.get(p.size() - 1) + (head[i + 1] - head[1]);
				triangle[i] = px(hx * zoom - ox);
				triangle[i + 1] = px(hy * zoom - oy);
			}
			gc.setBackground(colour(line.colour()));
			gc.fillPolygon(triangle);
		}
	}

	private Color colour(Colour colour) {
		return colours.computeIfAbsent(colour, c -> new Color(device, c.red(), c.green(), c.blue()));
	}

	/** A font whose line is {@code pixels} high; SWT sizes fonts in points. */
	private Font font(double pixels, boolean bold) {
		int dpi = device.getDPI().y;
		int points = Math.max(1, (int) Math.round(pixels * 72.0 / (dpi <= 0 ? 96 : dpi)));
		long key = points * 2L + (bold ? 1 : 0);
		return fonts.computeIfAbsent(key, k -> {
			FontData data = device.getSystemFont().getFontData()[0];
			return new Font(device, data.getName(), points, bold ? SWT.BOLD : SWT.NORMAL);
		});
	}

	private static int px(double value) {
		return (int) Math.round(value);
	}

	public void dispose() {
		colours.values().forEach(Color::dispose);
		fonts.values().forEach(Font::dispose);
		colours.clear();
		fonts.clear();
	}
}
