package org.parley.ui.navigator;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.resources.IProject;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.navigator.CommonNavigator;
import org.eclipse.ui.navigator.ICommonContentExtensionSite;
import org.eclipse.ui.navigator.ICommonContentProvider;
import org.parley.core.outline.OutlineNode;
import org.parley.ui.ParleyUi;
import org.parley.ui.project.ParleyNature;

/**
 * Puts a Parley project's outline (Strategy, Calendar, Listening) in the Project Explorer, above its files. The
 * outline comes from {@link ProjectOutlines}: while it loads the project shows a "Loading" node, and the project
 * refreshes when the load is done.
 */
public class ParleyContentProvider implements ICommonContentProvider {

	static final String LOADING = "Loading the plan\u2026";

	private StructuredViewer viewer;
	private final Consumer<IProject> refresh = this::refresh;

	@Override
	public void init(ICommonContentExtensionSite site) {
		ProjectOutlines.get().addListener(refresh);
	}

	@Override
	public void inputChanged(Viewer viewer, Object oldInput, Object newInput) {
		this.viewer = viewer instanceof StructuredViewer structured ? structured : null;
	}

	@Override
	public Object[] getElements(Object input) {
		return getChildren(input);
	}

	@Override
	public Object[] getChildren(Object parent) {
		if (parent instanceof IProject project && ParleyNature.isParleyProject(project)) {
			List<OutlineNode> outline = ProjectOutlines.get().outline(project);
			if (outline == null) {
				String failure = ProjectOutlines.get().failure(project);
				return new Object[] { new PendingOutline(project, failure == null ? LOADING : failure) };
			}
			return OutlineElement.of(project, project, outline);
		}
		if (parent instanceof OutlineElement element) {
			return OutlineElement.of(element.project(), element, element.node().children());
		}
		return new Object[0];
	}

	@Override
	public Object getParent(Object element) {
		if (element instanceof OutlineElement outline) {
			return outline.parent();
		}
		return element instanceof PendingOutline pending ? pending.project() : null;
	}

	@Override
	public boolean hasChildren(Object element) {
		if (element instanceof OutlineElement outline) {
			return !outline.node().children().isEmpty();
		}
		return element instanceof IProject project && ParleyNature.isParleyProject(project);
	}

	@Override
	public void dispose() {
		ProjectOutlines.get().removeListener(refresh);
	}

	@Override
	public void restoreState(IMemento memento) {
		// nothing kept between sessions
	}

	@Override
	public void saveState(IMemento memento) {
		// nothing kept between sessions
	}

	private void refresh(IProject project) {
		StructuredViewer current = viewer;
		Control control = current == null ? null : current.getControl();
		Display display = control != null && !control.isDisposed() ? control.getDisplay()
				: PlatformUI.isWorkbenchRunning() ? PlatformUI.getWorkbench().getDisplay() : null;
		if (display == null) {
			return;
		}
		display.asyncExec(() -> {
			if (control != null && !control.isDisposed()) {
				current.refresh(project);
			}
			// CNF may have replaced this provider's viewer (a reset perspective, a reopened view): refresh the
			// Project Explorers the workbench shows now as well
			for (StructuredViewer shown : shownExplorers()) {
				if (shown != current) {
					shown.refresh(project);
				}
			}
		});
	}

	private static java.util.List<StructuredViewer> shownExplorers() {
		java.util.List<StructuredViewer> viewers = new java.util.ArrayList<>();
		for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
			for (IWorkbenchPage page : window.getPages()) {
				if (page.findView(ParleyUi.PROJECT_EXPLORER_ID) instanceof CommonNavigator explorer
						&& !explorer.getCommonViewer().getControl().isDisposed()) {
					viewers.add(explorer.getCommonViewer());
				}
			}
		}
		return viewers;
	}
}
