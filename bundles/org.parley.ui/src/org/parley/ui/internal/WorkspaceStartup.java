package org.parley.ui.internal;

import org.eclipse.ui.IStartup;
import org.parley.ui.project.SampleWorkspace;
import org.parley.ui.validation.AutoValidation;

/**
 * Once the workbench is up: validates the Parley projects whenever their files change, and gives a new workspace
 * the sample project. Both work in jobs; nothing here blocks the start.
 */
public class WorkspaceStartup implements IStartup {

	@Override
	public void earlyStartup() {
		AutoValidation.start();
		BackgroundWorkAtShutdown.register();
		SampleWorkspace.offerOnFirstStart();
	}
}
