package org.parley.ui.matrix;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.SWT;
import org.parley.model.ConversationCell;
import org.parley.model.Named;
import org.parley.model.Team;
import org.parley.representation.matrix.MatrixCell;
import org.parley.ui.matrix.grid.MatrixGrid;
import org.parley.ui.matrix.grid.MatrixGrid.CellHit;
import org.parley.ui.matrix.grid.MatrixGrid.HeaderHit;
import org.parley.ui.matrix.grid.MatrixGrid.Hit;

/**
 * What the mouse does on the matrix grid: a click selects a cell or header (and fills a gap), the context menus of
 * headers and cells, tooltips with findings, and drops of topics and channels onto cells.
 */
final class MatrixInteraction {

	private final MatrixPage page;
	private final MatrixGrid grid;
	private Point menuAt = new Point(-1, -1);

	MatrixInteraction(MatrixPage page, MatrixGrid grid) {
		this.page = page;
		this.grid = grid;
	}

	void install() {
		var table = grid.table();
		table.addListener(SWT.MouseUp, this::clicked);
		table.addListener(SWT.MenuDetect, e -> menuAt = table.toControl(e.x, e.y));
		table.addListener(SWT.MouseMove, e -> {
			String tip = tooltip(grid.hitAt(e.x, e.y));
			if (!java.util.Objects.equals(tip, table.getToolTipText())) {
				table.setToolTipText(tip);
			}
		});
		MenuManager menu = new MenuManager("#PopUp");
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(manager -> fill(manager, grid.hitAt(menuAt.x, menuAt.y)));
		table.setMenu(menu.createContextMenu(table));
		DropTarget drop = new DropTarget(table, DND.DROP_COPY | DND.DROP_LINK | DND.DROP_MOVE);
		drop.setTransfer(new Transfer[] { LocalSelectionTransfer.getTransfer() });
		drop.addDropListener(new DropTargetAdapter() {
			@Override
			public void dragOver(DropTargetEvent event) {
				event.detail = dropCommand(event).canExecute() ? DND.DROP_LINK : DND.DROP_NONE;
				event.feedback = DND.FEEDBACK_SCROLL;
			}

			@Override
			public void dragEnter(DropTargetEvent event) {
				dragOver(event);
			}

			@Override
			public void drop(DropTargetEvent event) {
				page.execute(dropCommand(event));
			}
		});
	}

	private void clicked(Event e) {
		if (e.button != 1) {
			return;
		}
		Hit hit = grid.hitAt(e.x, e.y);
		if (hit instanceof CellHit cellHit) {
			MatrixCell place = cellHit.place();
			if (place.isGap()) {
				page.addCell(place);
			} else if (place.cell() != null) {
				page.select(place.cell(), true);
			}
		} else if (hit instanceof HeaderHit header) {
			page.select(header.axis().object(), true);
		}
	}

	private String tooltip(Hit hit) {
		if (hit instanceof CellHit cellHit) {
			MatrixCell place = cellHit.place();
			if (place.isGap()) {
				return "No cell for " + place.team().getName() + " / " + place.group().getName() + ": click to add one";
			}
			if (place.cell() == null) {
				return "Left out by the filter";
			}
			String text = String.join("\n", place.lines());
			if (place.hotUnplanned()) {
				text += "\nCustomers talk about this a lot, and nothing is planned for it.";
			}
			String problems = page.problemsOf(place.cell());
			return problems == null ? text : text + "\n\n" + problems;
		}
		if (hit instanceof HeaderHit header) {
			String problems = page.problemsOf(header.axis().object());
			String text = header.axis().name() + (header.axis().detail().isEmpty() ? "" : " (" + header.axis().detail() + ")")
					+ "\nDrag to reorder; right-click to add, rename or delete.";
			return problems == null ? text : text + "\n\n" + problems;
		}
		return null;
	}

	private void fill(org.eclipse.jface.action.IMenuManager manager, Hit hit) {
		if (hit instanceof CellHit cellHit) {
			MatrixCell place = cellHit.place();
			if (place.isGap()) {
				manager.add(action("Add Cell " + place.team().getName() + " / " + place.group().getName(),
						() -> page.addCell(place)));
			} else if (place.cell() != null) {
				ConversationCell cell = place.cell();
				manager.add(action("Show Content Items in Calendar", () -> page.showInCalendar(cell)));
				manager.add(action("Show Mentions…", () -> page.showMentions(cell)));
				manager.add(new Separator());
				manager.add(action("Delete Cell", () -> page.deleteCell(cell)));
			}
			manager.add(new Separator());
		}
		if (hit instanceof HeaderHit header) {
			Named object = header.axis().object();
			String kind = object instanceof Team ? "Team" : "Customer Group";
			manager.add(action("Rename " + kind + "…", () -> page.rename(object)));
			manager.add(action("Delete " + kind + " and Its Cells…", () -> page.deleteWithCells(object)));
			manager.add(new Separator());
		}
		manager.add(action("Add Team…", () -> page.addAxis(true)));
		manager.add(action("Add Customer Group…", () -> page.addAxis(false)));
	}

	private static Action action(String text, Runnable run) {
		return new Action(text) {
			@Override
			public void run() {
				run.run();
			}
		};
	}

	/** Adds each dropped topic or channel to the cell under the pointer, as one command. */
	private Command dropCommand(DropTargetEvent event) {
		Point at = grid.table().toControl(event.x, event.y);
		if (!(grid.hitAt(at.x, at.y) instanceof CellHit hit) || hit.place().cell() == null
				|| !(LocalSelectionTransfer.getTransfer().getSelection() instanceof IStructuredSelection dropped)) {
			return org.eclipse.emf.common.command.UnexecutableCommand.INSTANCE;
		}
		List<Command> adds = new ArrayList<>();
		for (Object element : dropped) {
			Command add = page.commands().drop(hit.place().cell(), ownObject(element));
			if (add.canExecute()) {
				adds.add(add);
			}
		}
		if (adds.size() == 1) {
			return adds.get(0);
		}
		CompoundCommand all = new CompoundCommand("Add to Cell");
		adds.forEach(all::append);
		return all;
	}

	/** The object of this editor's plan that a dragged element stands for (the Project Explorer drags its nodes). */
	private Object ownObject(Object element) {
		EObject object = element instanceof EObject e ? e : Platform.getAdapterManager().getAdapter(element, EObject.class);
		if (object == null) {
			return null;
		}
		String id = EcoreUtil.getID(object);
		return id == null ? object : page.ownObjectWithId(id);
	}
}
