package org.parley.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

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
		CalendarInput input = new CalendarInput(new PlanCalendar(plan), filter,
				new ItemFindings(new PlanValidator().validate(plan)), Set.of());
		onDisplay(command, display -> DrawingImages.writePng(display,
				CalendarLayouts.layout(plan, input, settings).drawing(), 1, file));
	}

	/** Runs the calendar benchmark, which paints, on a display. */
	static void benchmark(CalendarBenchmark benchmark, Path work) throws Exception {
		onDisplay("benchmark --calendar", display -> benchmark.run(work, display));
	}

	/** Runs {@code work} on a display, or fails with a usage error saying that the command needs one. */
	private static <E extends Exception> void onDisplay(String command, SwtDisplay.Work<E> work) throws E {
		if (!SwtDisplay.run(work)) {
			throw new UsageException(command + " needs a display (real or Xvfb); run it under xvfb-run");
		}
	}
}
