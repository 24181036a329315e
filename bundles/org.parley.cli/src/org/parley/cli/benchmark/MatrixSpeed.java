package org.parley.cli.benchmark;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.parley.cli.SwtDisplay;
import org.parley.core.sample.LargeProjectGenerator;
import org.parley.core.storage.LoadedProject;
import org.parley.core.storage.ProjectStore;
import org.parley.listening.analyse.AnalysisStore;
import org.parley.listening.analyse.Intent;
import org.parley.listening.analyse.IntentKind;
import org.parley.listening.analyse.MentionAnalysis;
import org.parley.listening.analyse.Polarity;
import org.parley.listening.analyse.Sentiment;
import org.parley.listening.store.Mention;
import org.parley.listening.store.MentionStore;
import org.parley.model.ConversationCell;
import org.parley.model.ParleyPackage;
import org.parley.representation.matrix.HeatKind;
import org.parley.representation.matrix.MatrixDrawing;
import org.parley.representation.matrix.MatrixFigures;
import org.parley.representation.matrix.MatrixSettings;
import org.parley.representation.matrix.MatrixView;
import org.parley.ui.matrix.grid.MatrixGrid;

/**
 * The matrix editor's speed on a generated strategy of teams × groups, every pair a cell, with stored mentions and
 * analyses: the time to the grid's first paint (load, view, grid, paint) against the headless load of the same
 * project, in turns; the time until the heat shows; one scroll step; one edit and its undo (command, view, paint).
 */
public final class MatrixSpeed {

	private static final double FRAME_MILLIS = 1000.0 / 60;

	private final int teams, groups, mentions, runs;
	private final PrintWriter out;
	private final PrintWriter err;
	private Shell shell;
	private MatrixGrid grid;
	private int paints;

	public MatrixSpeed(int teams, int groups, int mentions, int runs, PrintWriter out, PrintWriter err) {
		this.teams = teams;
		this.groups = groups;
		this.mentions = mentions;
		this.runs = runs;
		this.out = out;
		this.err = err;
	}

	/** Measures on a display; false when none can be opened. */
	public static boolean runOnNewDisplay(int teams, int groups, int mentions, int runs, Path work, PrintWriter out,
			PrintWriter err) throws Exception {
		return SwtDisplay.run(display -> new MatrixSpeed(teams, groups, mentions, runs, out, err).run(work, display));
	}

	public void run(Path work, Display display) throws Exception {
		Path dir = work.resolve("matrix");
		ProjectStore store = new ProjectStore();
		LoadedProject generated = store.create(dir, LargeProjectGenerator.generateGrid(teams, groups, 2000, 1, 42));
		store.save(generated);
		writeMentions(dir, generated);
		err.println("matrix benchmark: " + teams + " × " + groups + " cells, " + mentions + " mentions in " + dir);
		MatrixSettings settings = MatrixSettings.DEFAULT.withHeat(HeatKind.VOLUME);
		Stopwatch stopwatch = new Stopwatch(1, runs);
		LoadedProject[] loaded = new LoadedProject[1];
		Stopwatch.Comparison firstPaint = stopwatch.compare(this::close, () -> {
			loaded[0] = store.load(dir);
			open(display, MatrixView.build(loaded[0].plan(), MatrixFigures.EMPTY, settings));
		}, () -> { }, () -> store.load(dir));
		Stopwatch.Comparison heat = stopwatch.compare(() -> { }, () -> {
			MatrixFigures figures = MatrixFigures.load(dir, loaded[0].plan());
			show(display, MatrixView.build(loaded[0].plan(), figures, settings));
		}, () -> { }, () -> store.load(dir));
		MatrixFigures figures = MatrixFigures.load(dir, loaded[0].plan());
		show(display, MatrixView.build(loaded[0].plan(), figures, settings));
		int rowHeight = MatrixDrawing.cellHeight(settings.heat());
		int[] step = { 0 };
		double scroll = stopwatch.medianMillis(() -> { }, () -> {
			step[0] = (step[0] + 1) % (teams - 5);
			grid.scrollTo(step[0] * rowHeight);
			paint(display);
		});
		BasicCommandStack stack = new BasicCommandStack();
		AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), stack);
		ConversationCell cell = loaded[0].plan().getMatrix().getCells().get(0);
		double edit = stopwatch.medianMillis(() -> { }, () -> {
			stack.execute(SetCommand.create(domain, cell, ParleyPackage.Literals.CONVERSATION_CELL__TONE, "Brief"));
			show(display, MatrixView.build(loaded[0].plan(), figures, settings));
			stack.undo();
			show(display, MatrixView.build(loaded[0].plan(), figures, settings));
		});
		close();
		out.printf(Locale.ROOT, "matrix %d × %d (%d cells), %d mentions; medians of %d runs after a warm-up%n", teams,
				groups, teams * groups, mentions, runs);
		out.printf(Locale.ROOT, "  headless load           %8.1f ms%n", firstPaint.baselineMillis());
		out.printf(Locale.ROOT, "  first paint of the grid %8.1f ms  %.2f× the load (range %.2f–%.2f; goal ≤ 2×)%n",
				firstPaint.millis(), firstPaint.ratio(), firstPaint.lowestRatio(), firstPaint.highestRatio());
		out.printf(Locale.ROOT, "  heat shown (read mentions, count, repaint) %8.1f ms  %.2f× the load%n", heat.millis(),
				heat.ratio());
		out.printf(Locale.ROOT, "  scroll step             %8.1f ms  (a 60 Hz frame: %.1f ms)%n", scroll, FRAME_MILLIS);
		out.printf(Locale.ROOT, "  edit + undo, repainted  %8.1f ms  (a 60 Hz frame: %.1f ms)%n", edit, FRAME_MILLIS);
	}

	private void open(Display display, MatrixView view) {
		shell = new Shell(display);
		shell.setLayout(new FillLayout());
		shell.setSize(1600, 1000);
		grid = new MatrixGrid(shell, view);
		grid.table().addListener(SWT.Paint, e -> paints++);
		shell.open();
		paint(display);
	}

	private void show(Display display, MatrixView view) {
		grid.setView(view);
		paint(display);
	}

	/** Asks for a paint and waits until the grid has painted. */
	private void paint(Display display) {
		int before = paints;
		grid.table().redraw();
		grid.table().update();
		long deadline = System.nanoTime() + 5_000_000_000L;
		while (paints == before && System.nanoTime() < deadline) {
			if (!display.readAndDispatch()) {
				grid.table().update();
			}
		}
	}

	private void close() {
		if (shell != null) {
			shell.dispose();
			shell = null;
		}
	}

	/** Mentions about the generated topics' keywords with their analyses, as a crawl and analyse would leave them. */
	private void writeMentions(Path dir, LoadedProject project) throws IOException {
		SplittableRandom random = new SplittableRandom(7);
		int topics = project.plan().getStrategy().getTopics().size();
		List<Mention> stored = new ArrayList<>();
		Map<String, MentionAnalysis> analyses = new LinkedHashMap<>();
		Instant start = Instant.parse("2027-01-01T00:00:00Z");
		Polarity[] polarities = Polarity.values();
		IntentKind[] intents = { IntentKind.BUY, IntentKind.CHURN, IntentKind.NONE, IntentKind.NONE, IntentKind.NONE };
		for (int i = 0; i < mentions; i++) {
			String id = "m" + i;
			String text = "About keyword" + (1 + random.nextInt(topics)) + " and keyword" + (1 + random.nextInt(topics))
					+ ", post " + i;
			String date = start.plusSeconds(i * 300L).toString();
			stored.add(new Mention(id, "forum", "https://forum.example/t/" + i, null, null, "a" + random.nextInt(5000), date,
					"en", text, date, 200, null, "bench"));
			analyses.put(id, new MentionAnalysis(id, "en", new Sentiment(polarities[random.nextInt(polarities.length)], 0),
					new Intent(intents[random.nextInt(intents.length)], null), List.of(), List.of(), "bench", false));
		}
		MentionStore mentionStore = new MentionStore(dir);
		mentionStore.add(stored);
		AnalysisStore analysisStore = new AnalysisStore(dir);
		Map<Path, List<MentionAnalysis>> byFile = new LinkedHashMap<>();
		for (Mention mention : stored) {
			byFile.computeIfAbsent(mentionStore.fileOf(mention), f -> new ArrayList<>()).add(analyses.get(mention.id()));
		}
		for (Map.Entry<Path, List<MentionAnalysis>> file : byFile.entrySet()) {
			analysisStore.write(analysisStore.fileFor(file.getKey()), file.getValue());
		}
	}
}
