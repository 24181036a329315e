package org.parley.ui.testing;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.commands.common.CommandException;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.WorkbenchException;
import org.eclipse.ui.handlers.IHandlerService;

/** Drives the running workbench: commands by id, views, perspectives, the main window. */
public class WorkbenchDriver {

	private final Waiter waiter;

	WorkbenchDriver(Waiter waiter) {
		this.waiter = waiter;
	}

	public IWorkbenchWindow window() {
		IWorkbenchWindow[] found = new IWorkbenchWindow[1];
		waiter.until(Condition.of("a workbench window", () -> {
			IWorkbench workbench = PlatformUI.getWorkbench();
			IWorkbenchWindow active = workbench.getActiveWorkbenchWindow();
			found[0] = active != null ? active
					: workbench.getWorkbenchWindowCount() > 0 ? workbench.getWorkbenchWindows()[0] : null;
			return found[0] != null && found[0].getActivePage() != null;
		}));
		return found[0];
	}

	public ShellHandle windowShell() {
		return new ShellHandle(UiThread.call(() -> window().getShell()), waiter);
	}

	private IWorkbenchPage page() {
		return window().getActivePage();
	}

	/** Runs a command by id through the handler service, as a key binding or menu would. */
	public Object runCommand(String commandId) {
		return UiThread.call(() -> {
			IHandlerService handlers = window().getService(IHandlerService.class);
			try {
				return handlers.executeCommand(commandId, null);
			} catch (CommandException e) {
				throw new IllegalStateException("Command " + commandId + " failed: " + e.getMessage(), e);
			}
		});
	}

	public IViewPart openView(String viewId) {
		return UiThread.call(() -> {
			try {
				return page().showView(viewId);
			} catch (PartInitException e) {
				throw new IllegalStateException("Cannot open view " + viewId + ": " + e.getMessage(), e);
			}
		});
	}

	public void openPerspective(String perspectiveId) {
		UiThread.run(() -> {
			try {
				PlatformUI.getWorkbench().showPerspective(perspectiveId, window());
			} catch (WorkbenchException e) {
				throw new IllegalStateException("Cannot open perspective " + perspectiveId + ": " + e.getMessage(), e);
			}
		});
		waiter.until(Condition.of("perspective " + perspectiveId + " to be active",
				() -> perspectiveId.equals(activePerspectiveId())));
	}

	public String activePerspectiveId() {
		return UiThread.call(() -> {
			IWorkbenchPage page = window().getActivePage();
			return page == null || page.getPerspective() == null ? null : page.getPerspective().getId();
		});
	}

	/** Ids of the views the active page shows. */
	public List<String> viewIds() {
		return UiThread.call(() -> Arrays.stream(page().getViewReferences()).map(v -> v.getId()).toList());
	}

	public void resetPerspective() {
		UiThread.run(() -> page().resetPerspective());
	}
}
