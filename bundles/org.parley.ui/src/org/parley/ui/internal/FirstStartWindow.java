package org.parley.ui.internal;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.osgi.service.prefs.BackingStoreException;
import org.parley.ui.ParleyUi;

/**
 * Maximizes the window the first time Parley starts in a workspace: the matrix and the calendar
 * need the room, and the IDE's default of 1024×768 leaves most of a screen unused. Later starts
 * restore whatever size the user chose.
 */
public class FirstStartWindow implements IStartup {

	private static final String PLACED = "firstWindowPlaced";

	@Override
	public void earlyStartup() {
		IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(ParleyUi.PLUGIN_ID);
		if (preferences.getBoolean(PLACED, false)) {
			return;
		}
		IWorkbench workbench = PlatformUI.getWorkbench();
		workbench.getDisplay().asyncExec(() -> {
			for (IWorkbenchWindow window : workbench.getWorkbenchWindows()) {
				Shell shell = window.getShell();
				// the bounds cover the screen even where no window manager honours "maximized"
				shell.setBounds(shell.getMonitor().getClientArea());
				shell.setMaximized(true);
			}
			preferences.putBoolean(PLACED, true);
			try {
				preferences.flush();
			} catch (BackingStoreException e) {
				ILog.of(FirstStartWindow.class).log(Status.warning("Cannot remember the window placement", e));
			}
		});
	}
}
