package org.parley.ui.testing;

import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

/** A tree whose items a test reaches by path of item texts, e.g. {@code select("Plan", "Teams")}. */
public class TreeHandle extends WidgetHandle<Tree> {

	private final Waiter waiter;

	public TreeHandle(Tree tree, Waiter waiter) {
		super(tree);
		this.waiter = waiter;
	}

	/** Expands the path's ancestors (letting lazy content providers fill in) and selects its last item. */
	public TreeHandle select(String... path) {
		TreeItem item = item(path);
		UiThread.run(() -> {
			widget.setFocus();
			widget.setSelection(item);
			Event event = new Event();
			event.item = item;
			Events.send(widget, SWT.Selection, event);
		});
		return this;
	}

	/**
	 * Clicks into a column of the item at {@code path} (selecting it first), as a mouse click on that cell would:
	 * what property sheets and cell-editing trees react to.
	 */
	public TreeHandle clickCell(int column, String... path) {
		TreeItem item = item(path);
		// The tree takes the focus first and settles there, so that a late focus event cannot close what the click opens.
		UiThread.run(widget::setFocus);
		waiter.until(Condition.of("the focus on " + widget, widget::isFocusControl));
		UiThread.run(() -> {
			widget.setSelection(item);
			widget.showItem(item);
			org.eclipse.swt.graphics.Rectangle cell = item.getBounds(column);
			for (int type : new int[] { SWT.MouseDown, SWT.MouseUp }) {
				Event event = new Event();
				event.button = 1;
				event.x = cell.x + cell.width / 2;
				event.y = cell.y + cell.height / 2;
				event.item = item;
				Events.send(widget, type, event);
			}
		});
		return this;
	}

	/** Selects the item and fires a double click / Enter (default selection). */
	public TreeHandle open(String... path) {
		TreeItem item = item(path);
		select(path);
		UiThread.run(() -> {
			Event event = new Event();
			event.item = item;
			Events.send(widget, SWT.DefaultSelection, event);
		});
		return this;
	}

	/**
	 * The item at {@code path}, waiting for it to appear. Each check walks from the root again and expands the
	 * ancestors on the way, because a viewer refreshing its content may replace or collapse the items there.
	 */
	public TreeItem item(String... path) {
		if (path.length == 0) {
			throw new IllegalArgumentException("An item path needs at least one text");
		}
		TreeItem[] found = new TreeItem[1];
		waiter.until(Condition.of("tree item " + String.join(" > ", path), () -> (found[0] = expandTo(path)) != null));
		return found[0];
	}

	/** The item at {@code path} with its ancestors expanded, or null when some level is not there (yet). */
	private TreeItem expandTo(String... path) {
		return UiThread.call(() -> {
			TreeItem item = null;
			for (int depth = 1; depth <= path.length; depth++) {
				item = resolve(Arrays.copyOf(path, depth));
				if (item == null) {
					return null;
				}
				if (depth < path.length) {
					expand(item);
				}
			}
			return item;
		});
	}

	private TreeItem resolve(String... path) {
		TreeItem found = null;
		for (String text : path) {
			TreeItem[] children = found == null ? widget.getItems() : found.getItems();
			found = Arrays.stream(children).filter(c -> !c.isDisposed() && WidgetText.textOf(c).equals(text))
					.findFirst().orElse(null);
			if (found == null) {
				return null;
			}
		}
		return found;
	}

	/** Texts of the top-level items, or of the children of {@code path} (expanded first, so that they exist). */
	public List<String> itemTexts(String... path) {
		return UiThread.call(() -> {
			if (path.length == 0) {
				return Arrays.stream(widget.getItems()).map(WidgetText::textOf).toList();
			}
			TreeItem parent = item(path);
			expand(parent);
			// a collapsed item holds a placeholder child until expanded; wait for the real ones
			waiter.until(Condition.of("the children of " + String.join(" > ", path), () -> Arrays
					.stream(parent.getItems()).noneMatch(i -> i.getData() == null && WidgetText.textOf(i).isEmpty())));
			return Arrays.stream(parent.getItems()).map(WidgetText::textOf).toList();
		});
	}

	public List<String> selection() {
		return UiThread.call(() -> Arrays.stream(widget.getSelection()).map(WidgetText::textOf).toList());
	}

	private void expand(TreeItem item) {
		if (!item.getExpanded()) {
			Event event = new Event();
			event.item = item;
			// SWT.Expand lets lazy content providers create the children before they show
			Events.send(widget, SWT.Expand, event);
			item.setExpanded(true);
		}
	}
}
