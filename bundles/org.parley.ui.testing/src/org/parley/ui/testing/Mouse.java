package org.parley.ui.testing;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;

/**
 * The real mouse: events posted to the window system ({@link Display#post}), so that they reach the widget the way a
 * user's would (pointer grab, drag tracking, hover); each step waits until SWT has dispatched it.
 */
public final class Mouse {

	private static final int STEPS = 8;

	private final Waiter waiter;

	public Mouse(Waiter waiter) {
		this.waiter = waiter;
	}

	/** Presses the left button at {@code from}, moves in steps to {@code to} and releases (control coordinates). */
	public void drag(Control control, Point from, Point to) {
		Point start = UiThread.call(() -> control.toDisplay(from));
		Point end = UiThread.call(() -> control.toDisplay(to));
		moveTo(start);
		button(SWT.MouseDown);
		for (int i = 1; i <= STEPS; i++) {
			moveTo(new Point(start.x + (end.x - start.x) * i / STEPS, start.y + (end.y - start.y) * i / STEPS));
		}
		button(SWT.MouseUp);
	}

	/** Moves the pointer to {@code at} in control coordinates. */
	public void moveTo(Control control, Point at) {
		moveTo(UiThread.call(() -> control.toDisplay(at)));
	}

	private void moveTo(Point at) {
		if (at.equals(UiThread.call(() -> UiThread.display().getCursorLocation()))) {
			return; // the window system reports no motion to where the pointer already is
		}
		Event event = new Event();
		event.type = SWT.MouseMove;
		event.x = at.x;
		event.y = at.y;
		post(event, SWT.MouseMove, e -> at.equals(((Control) e.widget).toDisplay(e.x, e.y)));
	}

	private void button(int type) {
		Event event = new Event();
		event.type = type;
		event.button = 1;
		post(event, type, e -> e.button == 1);
	}

	private interface Match {
		boolean test(Event event);
	}

	/** Posts {@code event} and dispatches until a widget received an event of {@code type} that matches. */
	private void post(Event event, int type, Match match) {
		boolean[] seen = { false };
		Display display = UiThread.display();
		Listener filter = e -> {
			if (e.widget instanceof Control && match.test(e)) {
				seen[0] = true;
			}
		};
		UiThread.run(() -> {
			display.addFilter(type, filter);
			display.post(event);
		});
		try {
			waiter.until(Condition.of("the window system to deliver " + describe(type) + " at " + event.x + ","
					+ event.y, () -> seen[0]));
		} finally {
			UiThread.run(() -> display.removeFilter(type, filter));
		}
	}

	private static String describe(int type) {
		return switch (type) {
		case SWT.MouseMove -> "a mouse move";
		case SWT.MouseDown -> "a button press";
		case SWT.MouseUp -> "a button release";
		default -> "event " + type;
		};
	}
}
