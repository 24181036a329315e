package org.parley.cli.benchmark;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.parley.cli.SwtDisplay;
import org.parley.core.sample.LargeProjectGenerator;
import org.parley.core.storage.LoadedProject;
import org.parley.core.storage.ProjectStore;
import org.parley.model.ConversationCell;
import org.parley.model.CustomerGroup;
import org.parley.model.CustomerStage;
import org.parley.model.ParleyFactory;
import org.parley.model.Plan;
import org.parley.model.Strategy;
import org.parley.model.Team;
import org.parley.representation.draw.Drawing;
import org.parley.representation.map.MapDrawing;
import org.parley.representation.map.MapLayout;
import org.parley.representation.map.MapSettings;
import org.parley.representation.map.StrategyGraph;
import org.parley.ui.draw.DrawingPainter;

/**
 * The strategy map's speed on a generated strategy of teams × groups, every pair a cell: the time to the map's first
 * paint on a canvas (load, graph, layout, drawing, paint) and the layout alone, each against the headless load of
 * the same project, in turns, as ratios.
 */
public final class MapSpeed {

	private final int teams, groups, runs;
	private final PrintWriter out;
	private final PrintWriter err;
	private Shell shell;
	private Canvas canvas;
	private boolean painted;

	public MapSpeed(int teams, int groups, int runs, PrintWriter out, PrintWriter err) {
		this.teams = teams;
		this.groups = groups;
		this.runs = runs;
		this.out = out;
		this.err = err;
	}

	/** Runs on a display; false when none can be opened (no DISPLAY, no X server). */
	public boolean runOnDisplay(Path work) throws Exception {
		return SwtDisplay.run(display -> run(work, display));
	}

	public void run(Path work, Display display) throws Exception {
		Path dir = work.resolve("map");
		ProjectStore store = new ProjectStore();
		store.save(store.create(dir, grid(teams, groups)));
		err.println("map benchmark: " + teams + " × " + groups + " cells in " + dir);
		Stopwatch stopwatch = new Stopwatch(1, runs);
		Stopwatch.Comparison firstPaint = stopwatch.compare(this::close, () -> {
			LoadedProject loaded = store.load(dir);
			paint(display, MapDrawing.of(loaded.plan(), MapSettings.ALL));
		}, () -> { }, () -> store.load(dir));
		close();
		shell.dispose();
		Plan plan = store.load(dir).plan();
		Stopwatch.Comparison layout = stopwatch.compare(() -> { },
				() -> MapLayout.layout(StrategyGraph.of(plan, MapSettings.ALL)), () -> { }, () -> store.load(dir));
		StrategyGraph graph = StrategyGraph.of(plan, MapSettings.ALL);
		Drawing drawing = MapDrawing.draw(graph, MapLayout.layout(graph));

		out.printf(Locale.ROOT, "map: %d teams × %d groups, %d nodes, %d edges, drawing %.0f × %.0f px%n", teams, groups,
				graph.nodes().size(), graph.edges().size(), drawing.width(), drawing.height());
		out.printf(Locale.ROOT, "%-34s %9.0f ms%n", "headless load (baseline)", firstPaint.baselineMillis());
		line("first paint (load, map, paint)", firstPaint, "goal ≤ 2");
		line("layout (graph + ELK)", layout, "");
	}

	private void line(String what, Stopwatch.Comparison c, String goal) {
		out.printf(Locale.ROOT, "%-34s %9.0f ms  ratio %.2f (%.2f–%.2f)  %s%n", what, c.millis(), c.ratio(),
				c.lowestRatio(), c.highestRatio(), goal);
	}

	/**
	 * Puts the drawing on a new canvas in the open window, as the Map page does (zoom 1, top left), and waits for its
	 * paint. The window stays: in the workbench it is open before the map is.
	 */
	private void paint(Display display, Drawing drawing) {
		if (shell == null || shell.isDisposed()) {
			shell = new Shell(display);
			shell.setLayout(new FillLayout());
			shell.setSize(1200, 800);
			shell.open();
		}
		canvas = new Canvas(shell, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND | SWT.H_SCROLL | SWT.V_SCROLL);
		DrawingPainter painter = new DrawingPainter(display);
		painted = false;
		canvas.addListener(SWT.Paint, e -> {
			painter.paint(e.gc, drawing, 1, 0, 0, new Rectangle(e.x, e.y, e.width, e.height));
			painted = true;
		});
		canvas.addListener(SWT.Dispose, e -> painter.dispose());
		shell.layout(true, true);
		canvas.redraw();
		canvas.update();
		long deadline = System.currentTimeMillis() + 10_000;
		while (!painted && System.currentTimeMillis() < deadline) {
			if (!display.readAndDispatch()) {
				canvas.update();
			}
		}
		if (!painted) {
			throw new IllegalStateException("The map's canvas did not paint within 10 s");
		}
	}

	private void close() {
		if (canvas != null && !canvas.isDisposed()) {
			canvas.dispose();
		}
	}

	/**
	 * A generated plan (channels, topics, items …) reshaped to exactly {@code teams} × {@code groups}, one cell for each
	 * pair; the same every run.
	 */
	static Plan grid(int teams, int groups) {
		Plan plan = LargeProjectGenerator.generate(teams * groups, 2000, 1, 42L);
		Strategy strategy = plan.getStrategy();
		List<Team> extraTeams = List.copyOf(strategy.getTeams().subList(Math.min(teams, strategy.getTeams().size()),
				strategy.getTeams().size()));
		strategy.getTeams().removeAll(extraTeams);
		for (int g = strategy.getCustomerGroups().size(); g < groups; g++) {
			CustomerGroup group = ParleyFactory.eINSTANCE.createCustomerGroup();
			group.setId(UUID.nameUUIDFromBytes(("map benchmark group " + g).getBytes()).toString());
			group.setName("Group " + (g + 1));
			group.setStage(CustomerStage.values()[g % CustomerStage.values().length]);
			strategy.getCustomerGroups().add(group);
		}
		List<ConversationCell> cells = plan.getMatrix().getCells();
		for (int i = 0; i < cells.size(); i++) {
			Team team = strategy.getTeams().get(i / groups);
			cells.get(i).setTeam(team);
			cells.get(i).setCustomerGroup(strategy.getCustomerGroups().get(i % groups));
			cells.get(i).setOwner(team.getMembers().get(0));
		}
		return plan;
	}
}
