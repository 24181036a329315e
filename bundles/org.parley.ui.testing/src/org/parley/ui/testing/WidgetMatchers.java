package org.parley.ui.testing;

import java.util.function.Predicate;

import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Widget;

/** Ways to pick a widget: by its text, its label, its tooltip or its type. */
public final class WidgetMatchers {

	private WidgetMatchers() {
	}

	/** A matcher with a description for failure messages. */
	public interface Matcher extends Predicate<Widget> {
		String description();

		default Matcher and(Matcher other) {
			Matcher self = this;
			return of(self.description() + " and " + other.description(), w -> self.test(w) && other.test(w));
		}
	}

	public static Matcher of(String description, Predicate<Widget> test) {
		return new Matcher() {
			@Override
			public boolean test(Widget widget) {
				return test.test(widget);
			}

			@Override
			public String description() {
				return description;
			}
		};
	}

	public static Matcher withText(String text) {
		return of("text '" + text + "'", w -> WidgetText.textOf(w).equals(text));
	}

	public static Matcher withTooltip(String tooltip) {
		return of("tooltip '" + tooltip + "'", w -> WidgetText.tooltipOf(w).equals(tooltip));
	}

	public static Matcher ofType(Class<? extends Widget> type) {
		return of("type " + type.getSimpleName(), type::isInstance);
	}

	/**
	 * A control placed right after a label with this text in the same parent, as forms lay out
	 * "Name: [____]"; a trailing colon on either side is ignored.
	 */
	public static Matcher withLabel(String label) {
		String wanted = withoutColon(label);
		return of("label '" + label + "'", w -> {
			if (!(w instanceof Control control) || control.getParent() == null) {
				return false;
			}
			Control previous = previousSibling(control);
			return previous != null && isLabel(previous)
					&& withoutColon(WidgetText.textOf(previous)).equals(wanted);
		});
	}

	private static boolean isLabel(Control control) {
		return control instanceof Label || control instanceof CLabel;
	}

	private static Control previousSibling(Control control) {
		Composite parent = control.getParent();
		Control previous = null;
		for (Control child : parent.getChildren()) {
			if (child == control) {
				return previous;
			}
			previous = child;
		}
		return null;
	}

	private static String withoutColon(String text) {
		String trimmed = text.strip();
		return trimmed.endsWith(":") ? trimmed.substring(0, trimmed.length() - 1).strip() : trimmed;
	}
}
