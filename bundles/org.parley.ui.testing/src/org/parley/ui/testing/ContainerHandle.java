package org.parley.ui.testing;

import java.util.List;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.Widget;
import org.parley.ui.testing.WidgetMatchers.Matcher;

/** Finds widgets inside a parent, waiting for them to appear as the UI catches up. */
public class ContainerHandle<C extends Composite> extends WidgetHandle<C> {

	protected final Waiter waiter;

	public ContainerHandle(C composite, Waiter waiter) {
		super(composite);
		this.waiter = waiter;
	}

	/** The first widget the matcher accepts; fails with a widget dump when none appears in time. */
	public WidgetHandle<Widget> widget(Matcher matcher) {
		return new WidgetHandle<>(find(matcher, Widget.class));
	}

	public List<Widget> widgets(Matcher matcher) {
		return UiThread.call(() -> WidgetFinder.findAll(widget, matcher));
	}

	public WidgetHandle<Button> button(String text) {
		return new WidgetHandle<>(find(WidgetMatchers.ofType(Button.class).and(WidgetMatchers.withText(text)), Button.class));
	}

	public WidgetHandle<Text> textWithLabel(String label) {
		return new WidgetHandle<>(find(WidgetMatchers.ofType(Text.class).and(WidgetMatchers.withLabel(label)), Text.class));
	}

	public WidgetHandle<org.eclipse.swt.widgets.Combo> comboWithLabel(String label) {
		return new WidgetHandle<>(find(WidgetMatchers.ofType(org.eclipse.swt.widgets.Combo.class)
				.and(WidgetMatchers.withLabel(label)), org.eclipse.swt.widgets.Combo.class));
	}

	public WidgetHandle<Widget> withTooltip(String tooltip) {
		return widget(WidgetMatchers.withTooltip(tooltip));
	}

	public TreeHandle tree() {
		return new TreeHandle(find(WidgetMatchers.ofType(Tree.class), Tree.class), waiter);
	}

	public TreeHandle tree(Matcher matcher) {
		return new TreeHandle(find(WidgetMatchers.ofType(Tree.class).and(matcher), Tree.class), waiter);
	}

	public TableHandle table() {
		return new TableHandle(find(WidgetMatchers.ofType(Table.class), Table.class), waiter);
	}

	public TableHandle table(Matcher matcher) {
		return new TableHandle(find(WidgetMatchers.ofType(Table.class).and(matcher), Table.class), waiter);
	}

	private <T extends Widget> T find(Matcher matcher, Class<T> type) {
		Object[] found = new Object[1];
		waiter.until(Condition.of("a widget with " + matcher.description() + " in " + widget, () -> {
			List<Widget> all = WidgetFinder.findAll(widget, matcher);
			found[0] = all.isEmpty() ? null : all.get(0);
			return found[0] != null;
		}));
		return type.cast(found[0]);
	}
}
