package org.parley.ui.testing;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/** A table whose rows a test reaches by the text of a cell. */
public class TableHandle extends WidgetHandle<Table> {

	private final Waiter waiter;

	public TableHandle(Table table, Waiter waiter) {
		super(table);
		this.waiter = waiter;
	}

	/** Selects the first row whose first column reads {@code text}. */
	public TableHandle select(String text) {
		TableItem row = row(text);
		UiThread.run(() -> {
			widget.setFocus();
			widget.setSelection(row);
			Event event = new Event();
			event.item = row;
			Events.send(widget, SWT.Selection, event);
		});
		return this;
	}

	/** The first row whose first column reads {@code text}, waiting for it to appear. */
	public TableItem row(String text) {
		TableItem[] found = new TableItem[1];
		waiter.until(Condition.of("table row '" + text + "'", () -> {
			for (TableItem item : widget.getItems()) {
				if (WidgetText.textOf(item).equals(text)) {
					found[0] = item;
					return true;
				}
			}
			return false;
		}));
		return found[0];
	}

	public int rowCount() {
		return UiThread.call(widget::getItemCount);
	}

	public String cell(int row, int column) {
		return UiThread.call(() -> widget.getItem(row).getText(column));
	}

	/** All cell texts, row by row. */
	public List<List<String>> rows() {
		return UiThread.call(() -> {
			List<List<String>> rows = new ArrayList<>();
			int columns = Math.max(1, widget.getColumnCount());
			for (TableItem item : widget.getItems()) {
				List<String> cells = new ArrayList<>();
				for (int c = 0; c < columns; c++) {
					cells.add(item.getText(c));
				}
				rows.add(cells);
			}
			return rows;
		});
	}
}
