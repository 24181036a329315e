package org.parley.ui.testing;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;

/**
 * Drags with the mouse: the button press, the moves with the button held and the release that a user's drag makes,
 * sent to the control's listeners as the window system delivers them while the pointer is grabbed (control
 * coordinates, the button in the state mask), with the UI running between the steps.
 */
public final class Mouse {

	private static final int STEPS = 8;

	private final Waiter waiter;

	public Mouse(Waiter waiter) {
		this.waiter = waiter;
	}

	/** Presses the left button at {@code from}, moves in steps to {@code to} and releases (control coordinates). */
	public void drag(Control control, Point from, Point to) {
		drag(control, from, to, SWT.NONE);
	}

	/** {@link #drag(Control, Point, Point)} with modifier keys held, such as {@code SWT.MOD1} (Ctrl). */
	public void drag(Control control, Point from, Point to, int modifiers) {
		send(control, SWT.MouseMove, from, 0, modifiers);
		send(control, SWT.MouseDown, from, 1, modifiers);
		for (int i = 1; i <= STEPS; i++) {
			Point at = new Point(from.x + (to.x - from.x) * i / STEPS, from.y + (to.y - from.y) * i / STEPS);
			send(control, SWT.MouseMove, at, 0, modifiers | SWT.BUTTON1);
		}
		send(control, SWT.MouseUp, to, 1, modifiers | SWT.BUTTON1);
	}

	private void send(Control control, int type, Point at, int button, int state) {
		UiThread.run(() -> {
			Event event = new Event();
			event.x = at.x;
			event.y = at.y;
			event.button = button;
			event.stateMask = state;
			Events.send(control, type, event);
		});
		// Lets paints and timers that the step started run, as they would between a user's moves.
		int[] turns = { 0 };
		waiter.until(Condition.of("the UI to follow the mouse", () -> ++turns[0] > 2));
	}
}
