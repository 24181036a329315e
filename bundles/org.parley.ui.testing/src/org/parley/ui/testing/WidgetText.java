package org.parley.ui.testing;

import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Decorations;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Item;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Widget;

/** The text and tooltip a user reads on a widget, with mnemonics ('&amp;') removed. */
final class WidgetText {

	private WidgetText() {
	}

	static String textOf(Widget widget) {
		String raw = rawText(widget);
		if (raw == null) {
			return "";
		}
		// tree and table items and text fields show '&' as it is; only labels, buttons and menus have mnemonics
		return hasMnemonics(widget) ? stripMnemonic(raw) : raw;
	}

	private static boolean hasMnemonics(Widget widget) {
		return !(widget instanceof org.eclipse.swt.widgets.TreeItem || widget instanceof org.eclipse.swt.widgets.TableItem
				|| widget instanceof Text || widget instanceof StyledText || widget instanceof Combo
				|| widget instanceof CCombo || widget instanceof Decorations);
	}

	static String tooltipOf(Widget widget) {
		String tip = null;
		if (widget instanceof Control control) {
			tip = control.getToolTipText();
		} else if (widget instanceof ToolItem item) {
			tip = item.getToolTipText();
		} else if (widget instanceof CTabItem item) {
			tip = item.getToolTipText();
		}
		return tip == null ? "" : tip;
	}

	static String stripMnemonic(String text) {
		// "&&" is a literal ampersand, a single '&' marks the mnemonic
		return text.replace("&&", "\u0000").replace("&", "").replace("\u0000", "&");
	}

	private static String rawText(Widget widget) {
		if (widget instanceof Button b) {
			return b.getText();
		} else if (widget instanceof Label l) {
			return l.getText();
		} else if (widget instanceof CLabel l) {
			return l.getText();
		} else if (widget instanceof Text t) {
			return t.getText();
		} else if (widget instanceof StyledText t) {
			return t.getText();
		} else if (widget instanceof Combo c) {
			return c.getText();
		} else if (widget instanceof CCombo c) {
			return c.getText();
		} else if (widget instanceof Group g) {
			return g.getText();
		} else if (widget instanceof Link l) {
			return l.getText();
		} else if (widget instanceof Decorations d) {
			return d.getText();
		} else if (widget instanceof Item i) {
			return i.getText();
		}
		return reflectiveText(widget);
	}

	/** Custom widgets (forms' Hyperlink, NatTable labels ...) mostly follow SWT's getText() convention. */
	private static String reflectiveText(Widget widget) {
		try {
			Object text = widget.getClass().getMethod("getText").invoke(widget);
			return text instanceof String s ? s : null;
		} catch (ReflectiveOperationException | RuntimeException e) {
			return null;
		}
	}
}
