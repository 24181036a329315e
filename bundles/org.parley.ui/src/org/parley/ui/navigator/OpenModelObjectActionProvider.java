package org.parley.ui.navigator;

import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.navigator.CommonActionProvider;
import org.eclipse.ui.navigator.ICommonActionConstants;
import org.eclipse.ui.navigator.ICommonActionExtensionSite;
import org.eclipse.ui.navigator.ICommonViewerWorkbenchSite;
import org.parley.ui.project.ModelEditors;

/** Double-click or Enter on a model object in the outline opens the model editor at that object. */
public class OpenModelObjectActionProvider extends CommonActionProvider {

	private OpenAction open;

	@Override
	public void init(ICommonActionExtensionSite site) {
		if (site.getViewSite() instanceof ICommonViewerWorkbenchSite workbenchSite) {
			open = new OpenAction(workbenchSite);
		}
	}

	@Override
	public void fillActionBars(IActionBars actionBars) {
		if (open != null && open.update()) {
			actionBars.setGlobalActionHandler(ICommonActionConstants.OPEN, open);
		}
	}

	@Override
	public void fillContextMenu(IMenuManager menu) {
		if (open != null && open.update()) {
			menu.appendToGroup(org.eclipse.ui.navigator.ICommonMenuConstants.GROUP_OPEN, open);
		}
	}

	/** Opens the selected object. */
	private final class OpenAction extends Action {

		private final ICommonViewerWorkbenchSite site;
		private URI uri;

		OpenAction(ICommonViewerWorkbenchSite site) {
			super("&Open");
			this.site = site;
		}

		boolean update() {
			IStructuredSelection selection = (IStructuredSelection) getContext().getSelection();
			uri = selection.size() == 1 && selection.getFirstElement() instanceof OutlineElement element
					? element.objectUri()
					: null;
			setEnabled(uri != null);
			return uri != null;
		}

		@Override
		public void run() {
			if (uri == null) {
				return;
			}
			IWorkbenchPage page = site.getPage();
			try {
				ModelEditors.open(page, uri);
			} catch (PartInitException e) {
				ILog.of(OpenModelObjectActionProvider.class).log(e.getStatus());
			}
		}
	}
}
