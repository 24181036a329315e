package org.parley.ui.calendar;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;
import org.parley.representation.calendar.CalendarPicture;
import org.parley.representation.calendar.Chip;
import org.parley.representation.calendar.DropTarget;
import org.parley.representation.draw.Box;
import org.parley.ui.draw.DrawingPainter;

/**
 * The calendar's drawing surface: paints a {@link CalendarPicture}, scrolls it when it is taller than the canvas,
 * shows the tooltip of what is under the pointer, and turns mouse input into clicks and drags reported to a
 * {@link Listener}. A drag is mouse tracking on the canvas (the backlog is part of the picture); holding a drag on
 * the left or right edge for {@value #EDGE_DELAY_MILLIS} ms turns the page.
 */
final class CalendarCanvas {

	static final int EDGE_DELAY_MILLIS = 600;
	private static final int DRAG_THRESHOLD = 5;

	/** What the page does with the user's input. */
	interface Listener {
		/** A click on a chip (null: on empty space); {@code toggle} with Ctrl or Shift. */
		void clicked(Chip chip, boolean toggle);

		void opened(Chip chip);

		/** The chips were dropped on {@code target}; {@code copy} with Ctrl held. */
		void dropped(Chip dragged, DropTarget target, boolean copy);

		/** The drag was held on an edge: show the previous (-1) or next (+1) period. */
		void turned(int direction);

		/** The canvas changed size: lay out again. */
		void resized();
	}

	private final Canvas canvas;
	private final DrawingPainter painter;
	private final Listener listener;
	private CalendarPicture picture;
	private Chip pressed;
	private Point pressedAt;
	private boolean dragging;
	private DropTarget hovered;
	private Point pointer;
	private int edge;
	private boolean edgeTimerArmed;

	CalendarCanvas(Composite parent, Listener listener) {
		this.listener = listener;
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.V_SCROLL | SWT.NO_BACKGROUND);
		painter = new DrawingPainter(canvas.getDisplay());
		canvas.addListener(SWT.Paint, this::paint);
		canvas.addListener(SWT.Resize, e -> listener.resized());
		canvas.addListener(SWT.MouseDown, this::mouseDown);
		canvas.addListener(SWT.MouseMove, this::mouseMove);
		canvas.addListener(SWT.MouseUp, this::mouseUp);
		canvas.addListener(SWT.MouseDoubleClick, e -> {
			Chip chip = chipAt(e.x, e.y);
			if (chip != null && e.button == 1) {
				listener.opened(chip);
			}
		});
		canvas.addListener(SWT.MouseHover, e -> {
			Box box = picture == null ? null : picture.drawing().hit(e.x, e.y + scrollY());
			canvas.setToolTipText(box == null ? null : box.tooltip());
		});
		canvas.addListener(SWT.Dispose, e -> painter.dispose());
		ScrollBar bar = canvas.getVerticalBar();
		bar.addListener(SWT.Selection, e -> canvas.redraw());
	}

	Canvas control() {
		return canvas;
	}

	CalendarPicture picture() {
		return picture;
	}

	/** Shows a new picture, keeping the scroll position where it still fits. */
	void show(CalendarPicture newPicture) {
		picture = newPicture;
		ScrollBar bar = canvas.getVerticalBar();
		int client = canvas.getClientArea().height;
		int total = (int) Math.ceil(newPicture.drawing().height());
		bar.setMaximum(Math.max(total, 1));
		bar.setThumb(Math.max(1, Math.min(client, total)));
		bar.setPageIncrement(Math.max(1, client - 40));
		bar.setIncrement(24);
		bar.setVisible(total > client);
		canvas.redraw();
	}

	/** Scrolls so that the box shows. */
	void reveal(Box box) {
		ScrollBar bar = canvas.getVerticalBar();
		int client = canvas.getClientArea().height;
		if (box.y() < bar.getSelection() || box.bottom() > bar.getSelection() + client) {
			bar.setSelection((int) Math.max(0, box.y() - 40));
			canvas.redraw();
		}
	}

	/** Where a point of the drawing is on the canvas (for tests and menus). */
	Point toControl(double x, double y) {
		return new Point((int) Math.round(x), (int) Math.round(y) - scrollY());
	}

	Chip chipAt(int x, int y) {
		return picture == null ? null : picture.chipAt(x, y + scrollY());
	}

	DropTarget targetAt(int x, int y) {
		return picture == null ? null : picture.targetAt(x, y + scrollY());
	}

	private int scrollY() {
		ScrollBar bar = canvas.getVerticalBar();
		return bar.getVisible() ? bar.getSelection() : 0;
	}

	private void paint(Event e) {
		GC gc = e.gc;
		Rectangle area = canvas.getClientArea();
		gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
		gc.fillRectangle(area);
		if (picture == null) {
			return;
		}
		painter.paint(gc, picture.drawing(), 1, 0, scrollY(), new Rectangle(e.x, e.y, e.width, e.height));
		if (dragging) {
			paintDragFeedback(gc);
		}
	}

	private void paintDragFeedback(GC gc) {
		Box target = hovered == null ? null : picture.boundsOf(hovered);
		gc.setLineWidth(2);
		gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION));
		if (target != null) {
			gc.drawRectangle((int) target.x() + 1, (int) target.y() - scrollY() + 1, (int) target.width() - 2,
					(int) target.height() - 2);
		}
		if (pointer != null && pressed != null) {
			Box chip = pressed.bounds();
			gc.setAlpha(150);
			gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION));
			gc.fillRoundRectangle(pointer.x - 10, pointer.y - 8, (int) Math.min(chip.width(), 180), (int) chip.height(), 6,
					6);
			gc.setAlpha(255);
			if (edge != 0) {
				gc.drawText(edge < 0 ? "◀ previous" : "next ▶", pointer.x + 10, pointer.y + 12, true);
			}
		}
	}

	private void mouseDown(Event e) {
		canvas.setFocus();
		if (e.button != 1 && e.button != 3) {
			return;
		}
		Chip chip = chipAt(e.x, e.y);
		boolean toggle = (e.stateMask & (SWT.MOD1 | SWT.SHIFT)) != 0 && e.button == 1;
		if (e.button == 3) {
			// A right click on an unselected chip selects it, so that the menu acts on what was clicked.
			listener.clicked(chip, false);
			return;
		}
		pressed = chip;
		pressedAt = new Point(e.x, e.y);
		dragging = false;
		if (chip == null || !toggle) {
			listener.clicked(chip, toggle);
		} else {
			listener.clicked(chip, true);
		}
	}

	private void mouseMove(Event e) {
		if (pressed == null || (e.stateMask & SWT.BUTTON1) == 0) {
			return;
		}
		if (!dragging && Math.abs(e.x - pressedAt.x) + Math.abs(e.y - pressedAt.y) < DRAG_THRESHOLD) {
			return;
		}
		dragging = true;
		pointer = new Point(e.x, e.y);
		hovered = targetAt(e.x, e.y);
		DropTarget.Edge at = picture.edgeAt(e.x, e.y + scrollY());
		int newEdge = at == null ? 0 : at.direction();
		if (newEdge != edge) {
			edge = newEdge;
			armEdgeTimer();
		}
		canvas.redraw();
	}

	/** After the delay, turns the page if the drag is still held on the same edge, and again while it stays there. */
	private void armEdgeTimer() {
		if (edge == 0 || edgeTimerArmed) {
			return;
		}
		edgeTimerArmed = true;
		int direction = edge;
		canvas.getDisplay().timerExec(EDGE_DELAY_MILLIS, () -> {
			edgeTimerArmed = false;
			if (canvas.isDisposed() || !dragging || edge != direction) {
				return;
			}
			listener.turned(direction);
			armEdgeTimer();
		});
	}

	private void mouseUp(Event e) {
		if (e.button != 1) {
			return;
		}
		Chip dragged = pressed;
		boolean dropped = dragging;
		pressed = null;
		dragging = false;
		edge = 0;
		pointer = null;
		hovered = null;
		if (dropped && dragged != null) {
			listener.dropped(dragged, targetAt(e.x, e.y), (e.stateMask & SWT.MOD1) != 0);
		}
		canvas.redraw();
	}

	/** The chips of the picture showing any of {@code items}, for tests. */
	List<Chip> chips() {
		return picture == null ? List.of() : picture.chips();
	}
}
