package org.parley.ui.matrix;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSource;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.parley.model.Channel;
import org.parley.model.Plan;
import org.parley.model.Topic;

/** The plan's topics and channels, to drag onto a cell. */
final class ElementPalette {

	private final Table table;
	private final List<Object> elements = new ArrayList<>();

	ElementPalette(Composite parent, FormToolkit toolkit) {
		table = toolkit.createTable(parent, SWT.SINGLE | SWT.V_SCROLL | SWT.FULL_SELECTION);
		DragSource source = new DragSource(table, DND.DROP_COPY | DND.DROP_LINK | DND.DROP_MOVE);
		source.setTransfer(new Transfer[] { LocalSelectionTransfer.getTransfer() });
		source.addDragListener(new DragSourceAdapter() {
			@Override
			public void dragStart(DragSourceEvent event) {
				int index = table.getSelectionIndex();
				event.doit = index >= 0;
				LocalSelectionTransfer.getTransfer()
						.setSelection(index >= 0 ? new StructuredSelection(elements.get(index)) : StructuredSelection.EMPTY);
			}

			@Override
			public void dragSetData(DragSourceEvent event) {
				event.data = LocalSelectionTransfer.getTransfer().getSelection();
			}
		});
	}

	Table control() {
		return table;
	}

	void show(Plan plan) {
		table.removeAll();
		elements.clear();
		if (plan.getStrategy() != null) {
			for (Topic topic : plan.getStrategy().getTopics()) {
				add(topic, "Topic: " + topic.getName());
			}
		}
		if (plan.getChannels() != null) {
			for (Channel channel : plan.getChannels().getChannels()) {
				add(channel, "Channel: " + channel.getName());
			}
		}
	}

	private void add(Object element, String text) {
		elements.add(element);
		new TableItem(table, SWT.NONE).setText(text);
	}
}
