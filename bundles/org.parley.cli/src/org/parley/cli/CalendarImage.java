package org.parley.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

import org.eclipse.swt.SWTError;
import org.eclipse.swt.widgets.Display;
import org.parley.cli.benchmark.CalendarBenchmark;
import org.parley.core.calendar.PlanCalendar;
import org.parley.core.validation.PlanValidator;
import org.parley.model.Plan;
import org.parley.representation.calendar.CalendarFilter;
import org.parley.representation.calendar.CalendarInput;
import org.parley.representation.calendar.CalendarLayouts;
import org.parley.representation.calendar.CalendarSettings;
import org.parley.representation.calendar.ItemFindings;
import org.parley.ui.draw.DrawingImages;

/**
 * Draws a calendar picture with SWT. Kept apart from the commands so that only the commands that draw load SWT and
 * need a display.
 */
final class CalendarImage {

	private CalendarImage() {
	}

	static void write(String command, Plan plan, CalendarFilter filter, CalendarSettings settings, Path file)
			throws IOException {
		Display display = open(command);
		try {
			CalendarInput input = new CalendarInput(new PlanCalendar(plan), filter,
					new ItemFindings(new PlanValidator().validate(plan)), Set.of());
			DrawingImages.writePng(display, CalendarLayouts.layout(plan, input, settings).drawing(), 1, file);
		} finally {
			display.dispose();
		}
	}

	/** Runs the calendar benchmark, which paints, on a display. */
	static void benchmark(CalendarBenchmark benchmark, Path work) throws Exception {
		Display display = open("benchmark --calendar");
		try {
			benchmark.run(work, display);
		} finally {
			display.dispose();
		}
	}

	/** A display on this thread, or a usage error saying that the command needs one. */
	static Display open(String command) {
		String name = System.getenv("DISPLAY");
		if (name == null || name.isBlank()) {
			throw new UsageException(command + " needs a display (real or Xvfb); run it under xvfb-run");
		}
		try {
			return Display.getCurrent() != null ? Display.getCurrent() : new Display();
		} catch (SWTError | UnsatisfiedLinkError | NoClassDefFoundError e) {
			throw new UsageException(command + " needs a display (real or Xvfb), and " + name
					+ " cannot be opened; run it under xvfb-run", e);
		}
	}
}
