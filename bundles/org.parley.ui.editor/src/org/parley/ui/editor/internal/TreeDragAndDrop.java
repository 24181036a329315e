package org.parley.ui.editor.internal;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.dnd.TransferData;
import org.parley.ui.editor.ModelEditor;

/** Drag and drop inside one tree of the model editor, each drop one command of {@link MoveCommands}. */
final class TreeDragAndDrop {

	private TreeDragAndDrop() {
	}

	static void install(TreeViewer viewer, ModelEditor editor) {
		Transfer[] transfers = { LocalSelectionTransfer.getTransfer() };
		viewer.addDragSupport(DND.DROP_MOVE, transfers, new DragSourceAdapter() {
			@Override
			public void dragStart(DragSourceEvent event) {
				LocalSelectionTransfer.getTransfer().setSelection(viewer.getSelection());
				event.doit = !viewer.getSelection().isEmpty();
			}

			@Override
			public void dragSetData(DragSourceEvent event) {
				event.data = LocalSelectionTransfer.getTransfer().getSelection();
			}
		});
		viewer.addDropSupport(DND.DROP_MOVE, transfers, new ViewerDropAdapter(viewer) {
			@Override
			public boolean validateDrop(Object target, int operation, TransferData type) {
				return target != null && command(target).canExecute();
			}

			@Override
			public boolean performDrop(Object data) {
				Command command = command(getCurrentTarget());
				if (!command.canExecute()) {
					return false;
				}
				editor.session().domain().getCommandStack().execute(command);
				return true;
			}

			private Command command(Object target) {
				List<?> dragged = LocalSelectionTransfer.getTransfer().getSelection() instanceof IStructuredSelection s
						? s.toList()
						: List.of();
				MoveCommands.Where where = switch (getCurrentLocation()) {
				case LOCATION_BEFORE -> MoveCommands.Where.BEFORE;
				case LOCATION_AFTER -> MoveCommands.Where.AFTER;
				default -> MoveCommands.Where.ON;
				};
				return MoveCommands.drop(editor.session().domain(), target, where, dragged);
			}
		});
	}
}
