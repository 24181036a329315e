package org.parley.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

import org.parley.core.calendar.ItemTime;
import org.parley.core.storage.LoadedProject;
import org.parley.model.Channel;
import org.parley.model.Plan;
import org.parley.representation.calendar.CalendarFilter;
import org.parley.representation.calendar.CalendarSettings;
import org.parley.representation.calendar.CalendarView;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley export-calendar DIR --month YYYY-MM [--channel C] [--view V] -o FILE.png}: the calendar as an image. */
@Command(name = "export-calendar", mixinStandardHelpOptions = true,
		description = "Draws one month of the editorial calendar as the calendar editor shows it (month grid, week, "
				+ "agenda or channel timeline, without the backlog) and writes it as a PNG image. Needs a display, "
				+ "real or Xvfb (xvfb-run ./parley export-calendar ...).")
public class ExportCalendarCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "DIR", description = "the project folder")
	Path dir;

	@Option(names = "--month", required = true, paramLabel = "YYYY-MM", description = "the month to draw")
	String month;

	@Option(names = "--channel", paramLabel = "CHANNEL", description = "only items with a variant on this channel (name or id)")
	String channel;

	@Option(names = "--view", paramLabel = "VIEW", defaultValue = "month",
			description = "month, week (the month's first week), agenda or timeline (default: ${DEFAULT-VALUE})")
	String view;

	@Option(names = "--width", defaultValue = "1400", description = "image width in pixels (default: ${DEFAULT-VALUE})")
	int width;

	@Option(names = "--height", defaultValue = "900",
			description = "image height in pixels; the agenda and the timeline grow taller when they need (default: ${DEFAULT-VALUE})")
	int height;

	@Option(names = { "-o", "--output" }, required = true, paramLabel = "FILE", description = "the .png file to write")
	Path output;

	@Override
	public Integer call() throws Exception {
		YearMonth shown = parseMonth();
		CalendarView calendarView = parseView();
		if (width < 400 || height < 300 || width > 10_000 || height > 10_000) {
			throw new UsageException("--width and --height: between 400×300 and 10000×10000 pixels, not " + width + "×"
					+ height);
		}
		LoadedProject project = ProjectFolder.load(dir, spec.commandLine().getErr());
		Plan plan = project.plan();
		CalendarFilter filter = channel == null ? CalendarFilter.ALL
				: CalendarFilter.ALL.withChannels(Set.of(channelNamed(plan, channel).getId()));
		LocalDate today = LocalDate.now(ItemTime.planZone(plan));
		CalendarSettings settings = new CalendarSettings(calendarView, shown.atDay(1), java.time.DayOfWeek.MONDAY,
				ItemTime.planZone(plan), today, width, height, false);
		CalendarImage.write("export-calendar", plan, filter, settings, output.toAbsolutePath());
		spec.commandLine().getErr().println("Wrote " + output);
		return ExitCode.OK;
	}

	private YearMonth parseMonth() {
		try {
			return YearMonth.parse(month);
		} catch (DateTimeParseException e) {
			throw new UsageException("--month: expected YYYY-MM, such as 2027-01, not '" + month + "'");
		}
	}

	private CalendarView parseView() {
		try {
			return CalendarView.valueOf(view.toUpperCase(Locale.ROOT));
		} catch (IllegalArgumentException e) {
			throw new UsageException("--view: month, week, agenda or timeline, not '" + view + "'");
		}
	}

	private Channel channelNamed(Plan plan, String wanted) {
		if (plan.getChannels() != null) {
			for (Channel c : plan.getChannels().getChannels()) {
				if (wanted.equals(c.getId()) || c.getName() != null && c.getName().equalsIgnoreCase(wanted)) {
					return c;
				}
			}
		}
		throw new UsageException(dir + ": no channel named or with id '" + wanted + "' in "
				+ org.parley.core.storage.ProjectLayout.CHANNELS);
	}
}
