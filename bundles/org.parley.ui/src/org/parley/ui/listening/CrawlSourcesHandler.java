package org.parley.ui.listening;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.handlers.HandlerUtil;
import org.parley.core.storage.ProjectLayout;
import org.parley.ui.navigator.OutlineElement;
import org.parley.ui.navigator.PendingOutline;

/** "Crawl Sources": crawls the listening sources of the Parley project selected in the workbench. */
public class CrawlSourcesHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IContainer folder = parleyFolder(HandlerUtil.getCurrentSelection(event));
		if (folder == null) {
			MessageDialog.openInformation(HandlerUtil.getActiveShell(event), "Crawl Sources",
					"Select a Parley project (a folder with " + ProjectLayout.PLAN + ") in the Project Explorer first.");
			return null;
		}
		new CrawlSourcesJob(folder).schedule();
		return null;
	}

	/** The selected folder, or the folder of the selected file, when it holds a Parley plan. */
	static IContainer parleyFolder(ISelection selection) {
		if (!(selection instanceof IStructuredSelection structured) || structured.isEmpty()) {
			return null;
		}
		Object first = structured.getFirstElement();
		IResource resource = first instanceof OutlineElement outline ? outline.project()
				: first instanceof PendingOutline pending ? pending.project()
				: Adapters.adapt(first, IResource.class);
		if (resource == null) {
			return null;
		}
		IContainer folder = resource instanceof IContainer container ? container : resource.getParent();
		while (folder != null && folder.getType() != IResource.ROOT) {
			if (folder.getFile(org.eclipse.core.runtime.Path.fromPortableString(ProjectLayout.PLAN)).exists()) {
				return folder;
			}
			folder = folder.getParent();
		}
		return null;
	}
}
