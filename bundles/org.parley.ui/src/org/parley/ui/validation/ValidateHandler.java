package org.parley.ui.validation;

import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorInput;
import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.parley.ui.ParleyUi;
import org.parley.ui.navigator.OutlineElement;
import org.parley.ui.navigator.PendingOutline;
import org.parley.ui.project.ParleyNature;

/**
 * "Validate": checks the Parley projects of the selection (or of the active editor), or every Parley project when
 * nothing Parley is selected, each in a job; the findings show in the Problems view.
 */
public class ValidateHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Set<IProject> projects = projectsOf(HandlerUtil.getCurrentSelection(event));
		IEditorPart editor = HandlerUtil.getActiveEditor(event);
		if (projects.isEmpty() && editor != null && HandlerUtil.getActivePart(event) == editor) {
			addProject(projects, editor.getEditorInput());
		}
		if (projects.isEmpty()) {
			for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
				if (ParleyNature.isParleyProject(project)) {
					projects.add(project);
				}
			}
		}
		for (IProject project : projects) {
			ValidateProjectJob job = new ValidateProjectJob(project);
			job.setUser(true);
			job.schedule();
		}
		showProblems(event);
		return null;
	}

	/** The user asked for the findings: bring the Problems view forward, without taking the focus. */
	private static void showProblems(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		IWorkbenchPage page = window == null ? null : window.getActivePage();
		if (page != null) {
			try {
				page.showView(ParleyUi.PROBLEMS_VIEW_ID, null, IWorkbenchPage.VIEW_VISIBLE);
			} catch (PartInitException e) {
				ILog.of(ValidateHandler.class).log(e.getStatus());
			}
		}
	}

	static Set<IProject> projectsOf(ISelection selection) {
		Set<IProject> projects = new LinkedHashSet<>();
		if (selection instanceof IStructuredSelection structured) {
			for (Object element : structured) {
				addProject(projects, element);
			}
		}
		return projects;
	}

	private static void addProject(Set<IProject> projects, Object element) {
		IProject project = element instanceof OutlineElement outline ? outline.project()
				: element instanceof PendingOutline pending ? pending.project() : null;
		if (project == null && element instanceof IEditorInput input) {
			IResource resource = Adapters.adapt(input, IResource.class);
			project = resource == null ? null : resource.getProject();
		} else if (project == null) {
			IResource resource = Adapters.adapt(element, IResource.class);
			project = resource == null ? null : resource.getProject();
		}
		if (ParleyNature.isParleyProject(project)) {
			projects.add(project);
		}
	}
}
