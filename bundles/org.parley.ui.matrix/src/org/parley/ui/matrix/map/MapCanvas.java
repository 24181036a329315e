package org.parley.ui.matrix.map;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;
import org.parley.representation.draw.Box;
import org.parley.representation.draw.Drawing;
import org.parley.ui.draw.DrawingPainter;

/**
 * A scrollable, zoomable view of a {@link Drawing}: double-buffered, painting only the shapes in the damaged area.
 * Ctrl+wheel zooms around the pointer, dragging the background pans, a click on a box selects what it stands for
 * (its {@code ref}), a double click opens it. Knows nothing of the model: the page maps refs to objects.
 */
public final class MapCanvas {

	static final double MIN_ZOOM = 0.005, MAX_ZOOM = 4, STEP = 1.25;

	private final Canvas canvas;
	private final DrawingPainter painter;
	private final Color highlight;
	private final List<Consumer<String>> selectionListeners = new ArrayList<>();
	private final List<Consumer<String>> openListeners = new ArrayList<>();
	private Drawing drawing;
	private double zoom = 1;
	private double originX, originY;
	private String selected;
	private Point dragStart;
	private double dragOriginX, dragOriginY;
	private long paints;
	private String pendingStart;

	public MapCanvas(Composite parent) {
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND | SWT.H_SCROLL | SWT.V_SCROLL);
		painter = new DrawingPainter(canvas.getDisplay());
		highlight = new Color(canvas.getDisplay(), 0xe8, 0x59, 0x0c);
		canvas.addListener(SWT.Paint, this::paint);
		canvas.addListener(SWT.Resize, e -> {
			if (pendingStart != null) {
				startAt(pendingStart.isEmpty() ? null : pendingStart);
			} else {
				updateScrollBars();
			}
		});
		canvas.addListener(SWT.MouseDown, this::mouseDown);
		canvas.addListener(SWT.MouseMove, this::mouseMove);
		canvas.addListener(SWT.MouseUp, e -> dragStart = null);
		canvas.addListener(SWT.MouseDoubleClick, this::doubleClick);
		canvas.addListener(SWT.MouseVerticalWheel, this::wheel);
		canvas.addListener(SWT.KeyDown, this::key);
		canvas.getHorizontalBar().addListener(SWT.Selection, e -> scrollTo(canvas.getHorizontalBar().getSelection(), originY));
		canvas.getVerticalBar().addListener(SWT.Selection, e -> scrollTo(originX, canvas.getVerticalBar().getSelection()));
		canvas.addListener(SWT.Dispose, e -> {
			painter.dispose();
			highlight.dispose();
		});
	}

	public Canvas control() {
		return canvas;
	}

	/** Shows {@code newDrawing}, keeping the zoom and the scroll position where they still fit. */
	public void setDrawing(Drawing newDrawing) {
		drawing = newDrawing;
		if (selected != null && drawing.boxOf(selected) == null) {
			selected = null;
		}
		updateScrollBars();
		canvas.redraw();
	}

	public Drawing drawing() {
		return drawing;
	}

	public double zoom() {
		return zoom;
	}

	/** Zooms to {@code newZoom}, keeping the drawing point under the canvas point ({@code x}, {@code y}) in place. */
	public void zoomTo(double newZoom, int x, int y) {
		double bounded = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, newZoom));
		double drawingX = (originX + x) / zoom, drawingY = (originY + y) / zoom;
		zoom = bounded;
		originX = drawingX * zoom - x;
		originY = drawingY * zoom - y;
		updateScrollBars();
		canvas.redraw();
	}

	/** Zooms by {@code factor} around the middle of the canvas. */
	public void zoomBy(double factor) {
		Rectangle area = canvas.getClientArea();
		zoomTo(zoom * factor, area.width / 2, area.height / 2);
	}

	/** Zooms so that the whole drawing fits the canvas (never larger than 1:1). */
	public void fit() {
		Rectangle area = canvas.getClientArea();
		if (drawing == null || area.width <= 0 || area.height <= 0) {
			return;
		}
		zoom = Math.max(MIN_ZOOM, Math.min(1, Math.min(area.width / drawing.width(), area.height / drawing.height())));
		originX = 0;
		originY = 0;
		updateScrollBars();
		canvas.redraw();
	}

	/**
	 * The first view of a map: as wide as the canvas (never above 1:1, never too small to read), scrolled so that the
	 * box of {@code ref} (may be null) shows near the top left.
	 */
	public void startAt(String ref) {
		Rectangle area = canvas.getClientArea();
		if (drawing == null || area.width <= 0) {
			// Not laid out yet: start there once the canvas has its size.
			pendingStart = ref == null ? "" : ref;
			return;
		}
		pendingStart = null;
		zoom = Math.max(0.6, Math.min(1, area.width / drawing.width()));
		originX = 0;
		originY = 0;
		Box box = ref == null ? null : drawing.boxOf(ref);
		updateScrollBars();
		if (box != null) {
			scrollTo(box.x() * zoom - 20, box.y() * zoom - 40);
		}
		canvas.redraw();
	}

	/** The ref of the selected box, or null. */
	public String selected() {
		return selected;
	}

	/** Selects the box of {@code ref} (null: none) and scrolls it into view; false when no box stands for it. */
	public boolean select(String ref) {
		Box box = ref == null || drawing == null ? null : drawing.boxOf(ref);
		selected = box == null ? null : ref;
		if (box != null) {
			reveal(box);
		}
		canvas.redraw();
		return box != null;
	}

	/** Told the ref of a box the user clicked, or null for the background. */
	public void addSelectionListener(Consumer<String> listener) {
		selectionListeners.add(listener);
	}

	/** Told the ref of a box the user double-clicked. */
	public void addOpenListener(Consumer<String> listener) {
		openListeners.add(listener);
	}

	/** How many times the canvas painted, for tests and the benchmark. */
	public long paints() {
		return paints;
	}

	/** Where the box of {@code ref} shows on the canvas now, or null. */
	public Rectangle boundsOf(String ref) {
		Box box = drawing == null ? null : drawing.boxOf(ref);
		if (box == null) {
			return null;
		}
		return new Rectangle(px(box.x() * zoom - originX), px(box.y() * zoom - originY), px(box.width() * zoom),
				px(box.height() * zoom));
	}

	private void paint(Event e) {
		GC gc = e.gc;
		Rectangle clip = new Rectangle(e.x, e.y, e.width, e.height);
		gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_LIGHT_SHADOW));
		gc.fillRectangle(clip);
		if (drawing != null) {
			painter.paint(gc, drawing, zoom, originX, originY, clip);
			Rectangle box = selected == null ? null : boundsOf(selected);
			if (box != null) {
				gc.setForeground(highlight);
				gc.setLineWidth(3);
				gc.drawRoundRectangle(box.x - 2, box.y - 2, box.width + 4, box.height + 4, 8, 8);
			}
		}
		paints++;
	}

	private void mouseDown(Event e) {
		if (e.button != 1 || drawing == null) {
			return;
		}
		canvas.setFocus();
		Box box = drawing.hit((originX + e.x) / zoom, (originY + e.y) / zoom);
		if (box == null) {
			dragStart = new Point(e.x, e.y);
			dragOriginX = originX;
			dragOriginY = originY;
		}
		selected = box == null ? null : box.ref();
		canvas.redraw();
		selectionListeners.forEach(listener -> listener.accept(selected));
	}

	private void mouseMove(Event e) {
		if (dragStart != null && (e.stateMask & SWT.BUTTON1) != 0) {
			scrollTo(dragOriginX - (e.x - dragStart.x), dragOriginY - (e.y - dragStart.y));
			return;
		}
		Box box = drawing == null ? null : drawing.hit((originX + e.x) / zoom, (originY + e.y) / zoom);
		String tip = box == null ? null : box.tooltip();
		if (tip == null ? canvas.getToolTipText() != null : !tip.equals(canvas.getToolTipText())) {
			canvas.setToolTipText(tip);
		}
	}

	private void doubleClick(Event e) {
		if (e.button != 1 || drawing == null) {
			return;
		}
		Box box = drawing.hit((originX + e.x) / zoom, (originY + e.y) / zoom);
		if (box != null) {
			openListeners.forEach(listener -> listener.accept(box.ref()));
		}
	}

	private void wheel(Event e) {
		if ((e.stateMask & SWT.MOD1) != 0) {
			zoomTo(zoom * (e.count > 0 ? STEP : 1 / STEP), e.x, e.y);
			e.doit = false;
		}
	}

	private void key(Event e) {
		if ((e.stateMask & SWT.MOD1) != 0 && (e.character == '+' || e.character == '=')) {
			zoomBy(STEP);
		} else if ((e.stateMask & SWT.MOD1) != 0 && e.character == '-') {
			zoomBy(1 / STEP);
		} else if ((e.stateMask & SWT.MOD1) != 0 && e.character == '0') {
			fit();
		}
	}

	private void reveal(Box box) {
		Rectangle area = canvas.getClientArea();
		double left = box.x() * zoom, top = box.y() * zoom, right = box.right() * zoom, bottom = box.bottom() * zoom;
		double x = originX, y = originY;
		if (left < x || right > x + area.width) {
			x = (left + right) / 2 - area.width / 2.0;
		}
		if (top < y || bottom > y + area.height) {
			y = (top + bottom) / 2 - area.height / 2.0;
		}
		scrollTo(x, y);
	}

	private void scrollTo(double x, double y) {
		Rectangle area = canvas.getClientArea();
		double width = drawing == null ? 0 : drawing.width() * zoom, height = drawing == null ? 0 : drawing.height() * zoom;
		double newX = Math.max(0, Math.min(x, width - area.width));
		double newY = Math.max(0, Math.min(y, height - area.height));
		if (newX != originX || newY != originY) {
			originX = newX;
			originY = newY;
			updateScrollBars();
			canvas.redraw();
		}
	}

	private void updateScrollBars() {
		Rectangle area = canvas.getClientArea();
		double width = drawing == null ? 0 : drawing.width() * zoom, height = drawing == null ? 0 : drawing.height() * zoom;
		originX = Math.max(0, Math.min(originX, width - area.width));
		originY = Math.max(0, Math.min(originY, height - area.height));
		bar(canvas.getHorizontalBar(), width, area.width, originX);
		bar(canvas.getVerticalBar(), height, area.height, originY);
	}

	private static void bar(ScrollBar bar, double content, int visible, double origin) {
		int max = (int) Math.ceil(content);
		bar.setEnabled(max > visible);
		bar.setValues(px(origin), 0, Math.max(max, 1), Math.max(1, Math.min(visible, Math.max(max, 1))),
				Math.max(1, visible / 10), Math.max(1, visible));
	}

	private static int px(double value) {
		return (int) Math.round(value);
	}
}
