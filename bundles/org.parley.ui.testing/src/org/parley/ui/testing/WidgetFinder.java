package org.parley.ui.testing;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Widget;
import org.parley.ui.testing.WidgetMatchers.Matcher;

/** Collects the visible widgets under a parent that a matcher accepts, in layout order; UI thread only. */
final class WidgetFinder {

	private WidgetFinder() {
	}

	static List<Widget> findAll(Control root, Matcher matcher) {
		List<Widget> found = new ArrayList<>();
		collect(root, matcher, found);
		return found;
	}

	private static void collect(Control control, Matcher matcher, List<Widget> found) {
		if (control.isDisposed() || !control.isVisible()) {
			return;
		}
		if (matcher.test(control)) {
			found.add(control);
		}
		if (control instanceof ToolBar bar) {
			for (ToolItem item : bar.getItems()) {
				if (matcher.test(item)) {
					found.add(item);
				}
			}
		}
		if (control instanceof CTabFolder folder) {
			for (CTabItem item : folder.getItems()) {
				if (matcher.test(item)) {
					found.add(item);
				}
			}
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, matcher, found);
			}
		}
	}
}
