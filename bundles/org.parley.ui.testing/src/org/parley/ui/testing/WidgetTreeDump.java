package org.parley.ui.testing;

import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.swt.widgets.Widget;

/** Writes the widget hierarchy as indented text, one widget a line; call on the UI thread. */
public final class WidgetTreeDump {

	private static final int MAX_ITEMS = 20;

	private final StringBuilder out = new StringBuilder();

	public String dumpAllShells() {
		for (Shell shell : UiThread.display().getShells()) {
			dump(shell, 0);
		}
		return out.toString();
	}

	public String dump(Control root) {
		dump(root, 0);
		return out.toString();
	}

	private void dump(Control control, int depth) {
		line(control, depth);
		if (control instanceof Tree tree) {
			for (TreeItem item : tree.getItems()) {
				dumpItem(item, depth + 1, 0);
			}
		} else if (control instanceof Table table) {
			TableItem[] items = table.getItems();
			for (int i = 0; i < Math.min(items.length, MAX_ITEMS); i++) {
				line(items[i], depth + 1);
			}
		} else if (control instanceof ToolBar bar) {
			for (ToolItem item : bar.getItems()) {
				line(item, depth + 1);
			}
		} else if (control instanceof CTabFolder folder) {
			for (CTabItem item : folder.getItems()) {
				line(item, depth + 1);
			}
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				dump(child, depth + 1);
			}
		}
	}

	private void dumpItem(TreeItem item, int depth, int count) {
		line(item, depth);
		if (item.getExpanded() && count < MAX_ITEMS) {
			for (TreeItem child : item.getItems()) {
				dumpItem(child, depth + 1, count + 1);
			}
		}
	}

	private void line(Widget widget, int depth) {
		out.append("  ".repeat(depth)).append(widget.getClass().getSimpleName());
		String text = WidgetText.textOf(widget);
		if (!text.isEmpty()) {
			out.append(" '").append(text.replace("\n", "\\n")).append('\'');
		}
		String tip = WidgetText.tooltipOf(widget);
		if (!tip.isEmpty()) {
			out.append(" tooltip='").append(tip).append('\'');
		}
		if (widget instanceof Control c) {
			if (!c.isVisible()) {
				out.append(" [hidden]");
			}
			if (!c.isEnabled()) {
				out.append(" [disabled]");
			}
		}
		out.append('\n');
	}
}
