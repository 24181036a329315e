package org.parley.ui.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.WorkbenchException;
import org.parley.ui.ParleyUi;

/**
 * Start-up probe for installation checks: with {@code -Dparley.selfcheck=FILE} the workbench
 * opens the Parley perspective, writes its id and the ids of the views it shows to FILE, and
 * closes. Without the property it does nothing.
 */
public class SelfCheck implements IStartup {

	static final String PROPERTY = "parley.selfcheck";

	@Override
	public void earlyStartup() {
		String report = System.getProperty(PROPERTY);
		if (report == null || report.isBlank()) {
			return;
		}
		IWorkbench workbench = PlatformUI.getWorkbench();
		workbench.getDisplay().asyncExec(() -> {
			writeReport(Path.of(report), describe(workbench));
			workbench.close();
		});
	}

	private static List<String> describe(IWorkbench workbench) {
		List<String> lines = new ArrayList<>();
		try {
			IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
			if (window == null) {
				window = workbench.getWorkbenchWindows()[0];
			}
			IWorkbenchPage page = workbench.showPerspective(ParleyUi.PERSPECTIVE_ID, window);
			lines.add("perspective=" + page.getPerspective().getId());
			for (IViewReference view : page.getViewReferences()) {
				lines.add("view=" + view.getId());
			}
		} catch (WorkbenchException | RuntimeException e) {
			lines.add("error=" + e);
		}
		return lines;
	}

	private static void writeReport(Path file, List<String> lines) {
		try {
			Files.write(file, lines, StandardCharsets.UTF_8);
		} catch (IOException e) {
			ILog.of(SelfCheck.class).log(Status.error("Cannot write self-check report " + file, e));
		}
	}
}
