package org.parley.ui.project;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.ui.dialogs.WizardNewProjectCreationPage;

/** The one page of the new project wizard: name and location (from the platform's page), and what to start with. */
class NewParleyProjectPage extends WizardNewProjectCreationPage {

	private Button empty;
	private Button sample;

	NewParleyProjectPage() {
		super("parleyProject");
		setTitle("Parley Project");
		setDescription("Create a Parley project: an empty plan, or the giffgaff sample to explore.");
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		Composite control = (Composite) getControl();
		Group start = new Group(control, SWT.NONE);
		start.setText("Start with");
		start.setLayout(new GridLayout(1, false));
		start.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		empty = new Button(start, SWT.RADIO);
		empty.setText("&Empty plan");
		empty.setSelection(true);
		sample = new Button(start, SWT.RADIO);
		sample.setText("The &sample plan (giffgaff, a quarter of content, listening sources)");
	}

	ParleyProjectCreation.Content content() {
		return sample != null && sample.getSelection() ? ParleyProjectCreation.Content.SAMPLE
				: ParleyProjectCreation.Content.EMPTY;
	}
}
