package org.parley.ui.tests.calendar;

import java.util.Arrays;
import java.util.Comparator;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.parley.ui.editor.ModelEditor;
import org.parley.ui.testing.UiThread;
import org.parley.ui.tests.editor.SampleWorkspaceProject;

/** Opens the sample project's model editor at its first calendar month, as double-clicking the file does. */
final class SampleCalendarProject {

	private SampleCalendarProject() {
	}

	static ModelEditor openEditor(SampleWorkspaceProject sample, IWorkbenchPage page) throws CoreException {
		IFile month = Arrays.stream(sample.file("plan.parley").getProject().getFolder("calendar").members())
				.filter(r -> r.getName().matches("\\d{4}-\\d{2}\\.parley")).map(IFile.class::cast)
				.sorted(Comparator.comparing(IFile::getName)).findFirst().orElseThrow();
		return UiThread.call(() -> {
			try {
				return (ModelEditor) IDE.openEditor(page, month);
			} catch (PartInitException e) {
				throw new IllegalStateException(e);
			}
		});
	}
}
