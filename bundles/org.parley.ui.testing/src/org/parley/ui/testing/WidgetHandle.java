package org.parley.ui.testing;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Widget;

/** A widget a test acts on as a user would: click it, type into it, press keys, read it. */
public class WidgetHandle<W extends Widget> {

	protected final W widget;

	public WidgetHandle(W widget) {
		this.widget = widget;
	}

	public W widget() {
		return widget;
	}

	public String text() {
		return UiThread.call(() -> WidgetText.textOf(widget));
	}

	public String tooltip() {
		return UiThread.call(() -> WidgetText.tooltipOf(widget));
	}

	public boolean isEnabled() {
		return UiThread.call(() -> !(widget instanceof Control c) || c.isEnabled());
	}

	/** Clicks: toggles check boxes and radio buttons, then fires the selection a click fires. */
	public WidgetHandle<W> click() {
		UiThread.run(() -> {
			requireEnabled();
			if (widget instanceof Control control) {
				control.setFocus();
				Events.send(control, SWT.MouseDown, mouseEvent());
				Events.send(control, SWT.MouseUp, mouseEvent());
			}
			if (widget instanceof Button button && (button.getStyle() & (SWT.CHECK | SWT.RADIO | SWT.TOGGLE)) != 0) {
				button.setSelection((button.getStyle() & SWT.RADIO) != 0 || !button.getSelection());
			}
			if (widget instanceof MenuItem item && (item.getStyle() & (SWT.CHECK | SWT.RADIO)) != 0) {
				item.setSelection(!item.getSelection());
			}
			Events.send(widget, SWT.Selection);
		});
		return this;
	}

	/** Clicks with the left button at a point of the control, as a mouse would (down, then up). */
	public WidgetHandle<W> clickAt(int x, int y) {
		UiThread.run(() -> {
			requireEnabled();
			Control control = (Control) widget;
			control.setFocus();
			for (int type : new int[] { SWT.MouseDown, SWT.MouseUp }) {
				Event event = new Event();
				event.button = 1;
				event.x = x;
				event.y = y;
				Events.send(control, type, event);
			}
		});
		return this;
	}

	/** Types {@code text} key by key at the end of a text field, as the keyboard would. */
	public WidgetHandle<W> type(String text) {
		UiThread.run(() -> {
			requireEnabled();
			Control control = (Control) widget;
			control.setFocus();
			for (char c : text.toCharArray()) {
				Events.key(control, c, c, 0, () -> insert(String.valueOf(c)));
			}
		});
		return this;
	}

	/** Replaces the field's whole text, as select-all then typing would. */
	public WidgetHandle<W> setText(String text) {
		UiThread.run(() -> {
			replaceAll("");
			type(text);
		});
		return this;
	}

	/**
	 * Opens the control's context menu, as a right click would, and clicks the item at {@code path} in it, e.g.
	 * {@code "New", "Brand"}.
	 */
	public WidgetHandle<W> clickContextMenu(String... path) {
		UiThread.run(() -> {
			org.eclipse.swt.widgets.Menu menu = ((Control) widget).getMenu();
			org.eclipse.swt.widgets.MenuItem found = null;
			for (String text : path) {
				if (menu == null) {
					throw new IllegalStateException("No menu at " + text + " in the context menu of " + widget);
				}
				menu.notifyListeners(SWT.Show, new Event());
				found = java.util.Arrays.stream(menu.getItems())
						.filter(i -> WidgetText.textOf(i).split("\t")[0].equals(text)).findFirst()
						.orElseThrow(() -> new IllegalStateException("No item '" + text + "' in the context menu of "
								+ widget));
				menu = found.getMenu();
			}
			if (found != null) {
				if (!found.isEnabled()) {
					throw new IllegalStateException("Context menu item is disabled: " + String.join(" > ", path));
				}
				Events.send(found, SWT.Selection);
			}
		});
		return this;
	}

	/** Picks the item with this text in a combo, as choosing it from the drop-down would. */
	public WidgetHandle<W> selectItem(String text) {
		UiThread.run(() -> {
			requireEnabled();
			String[] items = widget instanceof Combo c ? c.getItems() : widget instanceof CCombo c ? c.getItems() : null;
			if (items == null) {
				throw new IllegalStateException("Not a combo: " + widget);
			}
			int index = java.util.Arrays.asList(items).indexOf(text);
			if (index < 0) {
				throw new IllegalStateException("No item '" + text + "' in " + widget + ": " + java.util.Arrays.toString(items));
			}
			((Control) widget).setFocus();
			if (widget instanceof Combo c) {
				c.select(index);
			} else {
				((CCombo) widget).select(index);
			}
			Events.send(widget, SWT.Selection);
		});
		return this;
	}

	/** Presses a key (an {@link SWT} key code or a character) with optional modifiers. */
	public WidgetHandle<W> pressKey(int keyCode, int modifiers) {
		UiThread.run(() -> {
			Control control = (Control) widget;
			control.setFocus();
			char character = keyCode < 0x10000 ? (char) keyCode : 0;
			boolean doit = Events.key(control, keyCode, character, modifiers);
			if (doit && (keyCode == SWT.CR || keyCode == SWT.KEYPAD_CR)) {
				Events.send(control, SWT.DefaultSelection);
			}
			if (doit && keyCode == SWT.ESC) {
				Event traverse = new Event();
				traverse.detail = SWT.TRAVERSE_ESCAPE;
				traverse.doit = true;
				Events.send(control, SWT.Traverse, traverse);
			}
		});
		return this;
	}

	public WidgetHandle<W> pressKey(int keyCode) {
		return pressKey(keyCode, 0);
	}

	private void insert(String s) {
		if (widget instanceof Text t) {
			t.insert(s);
		} else if (widget instanceof StyledText t) {
			t.insert(s);
			t.setCaretOffset(t.getCaretOffset() + s.length());
		} else if (widget instanceof Combo c) {
			c.setText(c.getText() + s);
		} else if (widget instanceof CCombo c) {
			c.setText(c.getText() + s);
		} else {
			throw new IllegalStateException("Cannot type into " + widget);
		}
	}

	private void replaceAll(String s) {
		if (widget instanceof Text t) {
			t.setText(s);
		} else if (widget instanceof StyledText t) {
			t.setText(s);
		} else if (widget instanceof Combo c) {
			c.setText(s);
		} else if (widget instanceof CCombo c) {
			c.setText(s);
		} else {
			throw new IllegalStateException("Cannot set the text of " + widget);
		}
	}

	private void requireEnabled() {
		if (widget instanceof Control c && !c.isEnabled()) {
			throw new IllegalStateException("Widget is disabled: " + widget);
		}
	}

	private static Event mouseEvent() {
		Event event = new Event();
		event.button = 1;
		return event;
	}

	@Override
	public String toString() {
		return widget.toString();
	}
}
