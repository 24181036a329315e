package org.parley.cli.benchmark;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;
import org.parley.core.calendar.ItemTime;
import org.parley.core.calendar.PlanCalendar;
import org.parley.core.sample.LargeProjectGenerator;
import org.parley.core.storage.LoadedProject;
import org.parley.core.storage.ProjectStore;
import org.parley.model.ContentItem;
import org.parley.representation.calendar.CalendarFilter;
import org.parley.representation.calendar.CalendarInput;
import org.parley.representation.calendar.CalendarLayouts;
import org.parley.representation.calendar.CalendarMoves;
import org.parley.representation.calendar.CalendarPicture;
import org.parley.representation.calendar.CalendarSettings;
import org.parley.representation.calendar.DropTarget;
import org.parley.representation.calendar.ItemFindings;
import org.parley.ui.draw.DrawingPainter;

/**
 * The calendar editor's speed on a large project: the first paint of a month (layout and painting on SWT) and a
 * switch to the next month, each against core's headless month grid of the same month measured in turns; and a drag
 * and drop move with the save that follows.
 */
public final class CalendarBenchmark {

	private static final int WIDTH = 1400, HEIGHT = 900;

	private final int cells, items, years, runs;
	private final PrintWriter out, progress;
	private final Stopwatch stopwatch;

	public CalendarBenchmark(int cells, int items, int years, int runs, PrintWriter out, PrintWriter progress) {
		this.cells = cells;
		this.items = items;
		this.years = years;
		this.runs = runs;
		this.out = out;
		this.progress = progress;
		this.stopwatch = new Stopwatch(2, Math.max(runs, 5));
	}

	public void run(Path work, Display display) throws Exception {
		progress.println("benchmark: generating " + cells + " cells and " + items + " items over " + years + " years");
		ProjectStore store = new ProjectStore();
		Path folder = work.resolve("calendar-project");
		store.save(store.create(folder, LargeProjectGenerator.generate(cells, items, years, 42)));
		LoadedProject project = store.load(folder);
		PlanCalendar calendar = new PlanCalendar(project.plan());
		ZoneId zone = calendar.zone();
		YearMonth month = YearMonth.from(calendar.items().stream().filter(ItemTime::isScheduled)
				.map(ContentItem::getScheduledAt).min(Comparable::compareTo).orElseThrow()).plusMonths(6);
		CalendarSettings settings = CalendarSettings.month(month.atDay(1), zone, LocalDate.now(zone), WIDTH, HEIGHT);
		CalendarInput input = new CalendarInput(calendar, CalendarFilter.ALL, ItemFindings.NONE, Set.of());
		Image image = new Image(display, WIDTH, HEIGHT);
		GC gc = new GC(image);
		DrawingPainter painter = new DrawingPainter(display);
		try {
			progress.println("benchmark: first paint of " + month);
			Stopwatch.Comparison first = stopwatch.compare(() -> { }, () -> {
				// A new painter each time: the first paint of an editor has no colours and fonts cached yet.
				DrawingPainter fresh = new DrawingPainter(display);
				paint(gc, fresh, CalendarLayouts.layout(project.plan(), input, settings));
				fresh.dispose();
			}, () -> { }, () -> calendar.monthGrid(month, DayOfWeek.MONDAY, zone));
			progress.println("benchmark: month switch");
			int[] step = { 0 };
			Stopwatch.Comparison next = stopwatch.compare(() -> step[0]++, () -> paint(gc, painter,
					CalendarLayouts.layout(project.plan(), input, settings.shifted(step[0] % 12))),
					() -> { }, () -> calendar.monthGrid(month.plusMonths(step[0] % 12), DayOfWeek.MONDAY, zone));
			progress.println("benchmark: drag and drop move with save");
			ContentItem item = calendar.items().stream().filter(i -> i.getRecurrence() == null
					&& i.getScheduledAt() != null && YearMonth.from(i.getScheduledAt()).equals(month)).findFirst()
					.orElseThrow();
			CalendarMoves moves = new CalendarMoves(project.plan(), zone);
			BasicCommandStack stack = new BasicCommandStack();
			double move = stopwatch.medianMillis(() -> { }, () -> {
				// Across a month boundary and back, so that each move rewrites two month files.
				LocalDate day = YearMonth.from(item.getScheduledAt()).equals(month) ? month.plusMonths(1).atDay(10)
						: month.atDay(10);
				stack.execute(moves.drop(List.of(item), null, new DropTarget.Day(day), false).command());
				store.save(project);
			});
			report(first, next, move, calendar.items().size());
		} finally {
			painter.dispose();
			gc.dispose();
			image.dispose();
		}
	}

	private static void paint(GC gc, DrawingPainter painter, CalendarPicture picture) {
		painter.paint(gc, picture.drawing(), 1, 0, 0, null);
	}

	private void report(Stopwatch.Comparison first, Stopwatch.Comparison next, double move, int total) {
		out.printf("Parley calendar benchmark: %d content items over %d years, month view %d×%d%n", total, years, WIDTH,
				HEIGHT);
		out.printf("Times are medians; a ratio is the median of runs timed in turns with the headless month grid (range)%n");
		out.printf("%-34s %10s %12s %8s %13s  %s%n", "phase", "ms", "baseline ms", "ratio", "range", "goal");
		row("first paint (vs month grid)", first, "<= 2.00");
		row("month switch (vs month grid)", next, "< 100 ms");
		out.printf("%-34s %10.0f %12s %8s %13s  %s%n", "drag and drop move incl. save", move, "", "", "", "");
	}

	private void row(String phase, Stopwatch.Comparison comparison, String goal) {
		out.printf("%-34s %10.1f %12.1f %8.2f %13s  %s%n", phase, comparison.millis(), comparison.baselineMillis(),
				comparison.ratio(), String.format("%.2f-%.2f", comparison.lowestRatio(), comparison.highestRatio()),
				goal);
	}
}
