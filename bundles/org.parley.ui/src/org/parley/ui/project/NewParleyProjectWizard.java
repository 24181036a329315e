package org.parley.ui.project;

import java.lang.reflect.InvocationTargetException;
import java.net.URI;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.actions.WorkspaceModifyOperation;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;

/** File > New > Parley Project: creates a Parley project, empty or from the sample, where the user says. */
public class NewParleyProjectWizard extends Wizard implements INewWizard {

	/** The wizard's id in the new wizard registry. */
	public static final String ID = "org.parley.ui.newProjectWizard";

	private IWorkbench workbench;
	private NewParleyProjectPage page;
	private IProject created;

	public NewParleyProjectWizard() {
		setWindowTitle("New Parley Project");
		setNeedsProgressMonitor(true);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
	}

	@Override
	public void addPages() {
		page = new NewParleyProjectPage();
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		String name = page.getProjectName();
		URI location = page.useDefaults() ? null : page.getLocationURI();
		ParleyProjectCreation.Content content = page.content();
		WorkspaceModifyOperation operation = new WorkspaceModifyOperation() {
			@Override
			protected void execute(org.eclipse.core.runtime.IProgressMonitor monitor) throws CoreException {
				created = ParleyProjectCreation.create(name, location, content, monitor);
			}
		};
		try {
			getContainer().run(true, true, operation);
		} catch (InterruptedException e) {
			return false;
		} catch (InvocationTargetException e) {
			IStatus status = e.getCause() instanceof CoreException core ? core.getStatus()
					: org.eclipse.core.runtime.Status.error("Cannot create " + name, e.getCause());
			ILog.of(NewParleyProjectWizard.class).log(status);
			ErrorDialog.openError(getShell(), "New Parley Project", "The project could not be created.", status);
			return false;
		}
		if (workbench != null && created != null) {
			BasicNewResourceWizard.selectAndReveal(created, workbench.getActiveWorkbenchWindow());
		}
		return true;
	}

	/** The project the wizard created, once it finished. */
	public IProject createdProject() {
		return created;
	}
}
