package org.parley.ui.emf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EventObject;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;

/**
 * Undo, redo, delete, copy and paste for one editor's model, as handlers of the workbench's global actions, so that
 * Edit > Undo names the change ("Undo Set Title") and the usual keys work. Changes are commands on the editing
 * domain's command stack; deleting asks a {@link DeleteConfirmation} first.
 */
public final class EditingActions implements CommandStackListener {

	/** Asks the user whether a deletion, with all it takes along, may go ahead. */
	@FunctionalInterface
	public interface DeleteConfirmation {
		boolean confirm(List<EObject> objects, DeletionImpact impact);
	}

	private final Supplier<ChangeCommands> commands;
	private final DeleteConfirmation confirmation;
	private final CommandStack stack;
	private final Action undo = action("Undo", ISharedImages.IMG_TOOL_UNDO, this::runUndo);
	private final Action redo = action("Redo", ISharedImages.IMG_TOOL_REDO, this::runRedo);
	private final Action delete = action("Delete", ISharedImages.IMG_TOOL_DELETE, this::runDelete);
	private final Action copy = action("Copy", ISharedImages.IMG_TOOL_COPY, this::runCopy);
	private final Action paste = action("Paste", ISharedImages.IMG_TOOL_PASTE, this::runPaste);
	private List<EObject> selection = List.of();

	/**
	 * @param stack        the command stack the editor keeps for its whole life
	 * @param commands     the commands of the current editing domain (an editor that reloads gets a new one)
	 * @param confirmation asked before anything is deleted
	 */
	public EditingActions(CommandStack stack, Supplier<ChangeCommands> commands, DeleteConfirmation confirmation) {
		this.stack = stack;
		this.commands = commands;
		this.confirmation = confirmation;
		stack.addCommandStackListener(this);
		update();
	}

	/** Makes these actions the handlers of the workbench's global undo, redo, delete, copy and paste. */
	public void contributeTo(IActionBars bars) {
		bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
		bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
		bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), delete);
		bars.setGlobalActionHandler(ActionFactory.COPY.getId(), copy);
		bars.setGlobalActionHandler(ActionFactory.PASTE.getId(), paste);
		bars.updateActionBars();
	}

	/** Lends undo and redo to another part showing the same model, such as the Properties view. */
	public void shareUndoRedo(IActionBars bars) {
		bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
		bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
		bars.updateActionBars();
	}

	/** Follows the selection of the editor's viewers: delete, copy and paste act on its model objects. */
	public void selectionChanged(ISelection newSelection) {
		List<EObject> objects = new ArrayList<>();
		if (newSelection instanceof IStructuredSelection structured) {
			for (Object element : structured) {
				if (element instanceof EObject object) {
					objects.add(object);
				}
			}
		}
		selection = objects;
		update();
	}

	public IAction undoAction() {
		return undo;
	}

	public IAction redoAction() {
		return redo;
	}

	public IAction deleteAction() {
		return delete;
	}

	public IAction copyAction() {
		return copy;
	}

	public IAction pasteAction() {
		return paste;
	}

	@Override
	public void commandStackChanged(EventObject event) {
		Display display = Display.getCurrent();
		if (display != null) {
			update();
		} else {
			PlatformUI.getWorkbench().getDisplay().asyncExec(this::update);
		}
	}

	public void dispose() {
		stack.removeCommandStackListener(this);
	}

	/** Brings labels and enablement up to date with the command stack, the selection and the clipboard. */
	public void update() {
		Command undoable = stack.getUndoCommand();
		undo.setEnabled(stack.canUndo());
		undo.setText(undoable == null ? "Undo" : "Undo " + undoable.getLabel());
		Command redoable = stack.getRedoCommand();
		redo.setEnabled(stack.canRedo());
		redo.setText(redoable == null ? "Redo" : "Redo " + redoable.getLabel());
		ChangeCommands current = commands.get();
		delete.setEnabled(current != null && !selection.isEmpty() && current.delete(selection).canExecute());
		copy.setEnabled(!selection.isEmpty());
		Collection<Object> clipboard = current == null ? null : current.domain().getClipboard();
		paste.setEnabled(selection.size() == 1 && clipboard != null && !clipboard.isEmpty());
	}

	private void runUndo() {
		if (stack.canUndo()) {
			stack.undo();
		}
	}

	private void runRedo() {
		if (stack.canRedo()) {
			stack.redo();
		}
	}

	private void runDelete() {
		ChangeCommands current = commands.get();
		if (current == null || selection.isEmpty()) {
			return;
		}
		List<EObject> objects = List.copyOf(selection);
		DeletionImpact impact = DeletionImpact.of(current.domain().getResourceSet(), objects, current::label,
				current::featureName);
		Command command = current.delete(objects);
		if (command.canExecute() && confirmation.confirm(objects, impact)) {
			stack.execute(command);
		}
	}

	private void runCopy() {
		ChangeCommands current = commands.get();
		if (current != null && !selection.isEmpty()) {
			// A copy now, so that later edits of the originals do not change what is pasted.
			current.domain().setClipboard(new ArrayList<>(EcoreUtil.copyAll(selection)));
			update();
		}
	}

	private void runPaste() {
		ChangeCommands current = commands.get();
		Collection<Object> clipboard = current == null ? null : current.domain().getClipboard();
		if (selection.size() != 1 || clipboard == null) {
			return;
		}
		List<EObject> originals = clipboard.stream().filter(EObject.class::isInstance).map(EObject.class::cast).toList();
		Command command = current.paste(selection.get(0), originals);
		if (command.canExecute()) {
			stack.execute(command);
		}
	}

	private static Action action(String text, String image, Runnable run) {
		Action action = new Action(text) {
			@Override
			public void run() {
				run.run();
			}
		};
		action.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(image));
		return action;
	}
}
