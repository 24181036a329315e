package org.parley.ui.testing;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Widget;

/** Sends the events a user's action would cause, straight to the widget's listeners. */
final class Events {

	private Events() {
	}

	static Event send(Widget widget, int type) {
		return send(widget, type, new Event());
	}

	static Event send(Widget widget, int type, Event event) {
		if (widget.isDisposed()) {
			return event;
		}
		event.widget = widget;
		event.display = widget.getDisplay();
		event.type = type;
		event.time = (int) System.currentTimeMillis();
		widget.notifyListeners(type, event);
		return event;
	}

	/** Key down and up on {@code control}; returns whether listeners let the key through. */
	static boolean key(Control control, int keyCode, char character, int modifiers) {
		return key(control, keyCode, character, modifiers, () -> {
		});
	}

	/**
	 * Key down, then {@code effect} (what the key does, such as inserting its character) when listeners let the key
	 * through, then key up: the order of a real key press, so that listeners on key up see the key's effect.
	 */
	static boolean key(Control control, int keyCode, char character, int modifiers, Runnable effect) {
		Event down = keyEvent(keyCode, character, modifiers);
		send(control, SWT.KeyDown, down);
		if (down.doit) {
			effect.run();
		}
		Event up = keyEvent(keyCode, character, modifiers);
		send(control, SWT.KeyUp, up);
		return down.doit;
	}

	private static Event keyEvent(int keyCode, char character, int modifiers) {
		Event event = new Event();
		event.keyCode = keyCode;
		event.character = character;
		event.stateMask = modifiers;
		event.doit = true;
		return event;
	}
}
