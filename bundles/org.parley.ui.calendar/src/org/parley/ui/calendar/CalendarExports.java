package org.parley.ui.calendar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.parley.core.ical.IcsExporter;
import org.parley.model.Plan;
import org.parley.representation.calendar.CalendarFilter;
import org.parley.representation.draw.Drawing;
import org.parley.ui.draw.DrawingImages;

/** Saves what the calendar shows: the picture as PNG, the filtered items as iCal; errors name the file. */
final class CalendarExports {

	private CalendarExports() {
	}

	static void png(Shell shell, Drawing drawing, String suggestedName) {
		Path file = ask(shell, suggestedName, "*.png", "PNG image (*.png)");
		if (file == null) {
			return;
		}
		try {
			DrawingImages.writePng(shell.getDisplay(), drawing, 1, file);
		} catch (IOException e) {
			fail(shell, "Cannot write " + file + ": " + e.getMessage(), e);
		}
	}

	static void ical(Shell shell, Plan plan, CalendarFilter filter, String suggestedName) {
		Path file = ask(shell, suggestedName, "*.ics", "iCalendar (*.ics)");
		if (file == null) {
			return;
		}
		try {
			new IcsExporter().export(plan, filter::accepts, file);
		} catch (UncheckedIOException e) {
			fail(shell, e.getMessage(), e);
		}
	}

	private static Path ask(Shell shell, String name, String extension, String description) {
		FileDialog dialog = new FileDialog(shell, SWT.SAVE);
		dialog.setFileName(name);
		dialog.setFilterExtensions(new String[] { extension });
		dialog.setFilterNames(new String[] { description });
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		return chosen == null ? null : Path.of(chosen);
	}

	private static void fail(Shell shell, String message, Exception e) {
		IStatus status = Status.error(message, e);
		ILog.of(CalendarExports.class).log(status);
		ErrorDialog.openError(shell, "Export Failed", null, status);
	}
}
