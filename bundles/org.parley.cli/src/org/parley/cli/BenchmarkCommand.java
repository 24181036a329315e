package org.parley.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.parley.cli.benchmark.AnalysisSpeed;
import org.parley.cli.benchmark.CrawlSpeed;
import org.parley.cli.benchmark.ExtractionSpeed;
import org.parley.cli.benchmark.StorageBenchmark;
import org.parley.core.sample.SampleProject;
import org.parley.core.storage.LoadedProject;
import org.parley.core.storage.ProjectStore;
import org.parley.listening.analyse.MentionAnalyser;
import org.parley.listening.analyse.ProjectAnalysers;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code parley benchmark}: storage speed and memory against plain EMF, as ratios measured in one run; or extraction
 * speed against jsoup ({@code --extraction}); or crawl throughput against the politeness bound ({@code --crawl}).
 */
@Command(name = "benchmark", mixinStandardHelpOptions = true,
		description = "Generates a large project and prints load, save, validate and merge times against plain EMF "
				+ "XMI of the same objects, as ratios, plus the peak heap. Run it with a capped heap to check the "
				+ "memory goal: ./parley --vmargs -Xmx512m benchmark")
public class BenchmarkCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--cells", defaultValue = "500", description = "conversation cells (default: ${DEFAULT-VALUE})")
	int cells;

	@Option(names = "--items", defaultValue = "20000", description = "content items (default: ${DEFAULT-VALUE})")
	int items;

	@Option(names = "--years", defaultValue = "5", description = "years the items span (default: ${DEFAULT-VALUE})")
	int years;

	@Option(names = "--changes", defaultValue = "100", description = "changes on each merged branch (default: ${DEFAULT-VALUE})")
	int changes;

	@Option(names = "--extraction", paramLabel = "CORPUS", split = ",",
			description = "instead of storage: extraction speed against Jsoup.parse on the pages of these corpus folders, "
					+ "e.g. ../shared/corpora/readability,../shared/corpora/trafilatura")
	java.util.List<Path> extraction;

	@Option(names = "--analysis", paramLabel = "CORPUS",
			description = "instead of storage: analysis, indexing and early warning speed against Lucene's StandardAnalyzer "
					+ "on the texts (*_text.txt) of this folder, e.g. ../shared/corpora/sentiment-umsab")
	Path analysis;

	@Option(names = "--mentions", defaultValue = "100000", description = "mentions for --analysis (default: ${DEFAULT-VALUE})")
	int mentions;

	@Option(names = "--crawl", paramLabel = "CORPUS", split = ",",
			description = "instead of storage: crawl throughput on the pages of these corpus folders served on 127.0.0.x, "
					+ "without a delay and with each delay over each number of hosts, against the polite bound H/d")
	java.util.List<Path> crawl;

	@Option(names = "--hosts", paramLabel = "H", split = ",", defaultValue = "2,4",
			description = "with --crawl: numbers of hosts (default: ${DEFAULT-VALUE})")
	java.util.List<Integer> hosts;

	@Option(names = "--delays", paramLabel = "SECONDS", split = ",", defaultValue = "0.1,0.25",
			description = "with --crawl: politeness delays per host (default: ${DEFAULT-VALUE})")
	java.util.List<java.math.BigDecimal> delays;

	@Option(names = "--map",
			description = "instead of storage: the strategy map on 50 × 50 cells: first paint and layout against the "
					+ "headless load (needs a display, e.g. xvfb-run)")
	boolean map;
	@Option(names = "--matrix",
			description = "instead of storage: the matrix editor on 50 × 50 cells with 20,000 analysed mentions: first "
					+ "paint against the headless load, heat, scroll step, edit + undo (needs a display, e.g. xvfb-run)")
	boolean matrix;
	@Option(names = "--calendar",
			description = "instead of storage: the calendar editor's first paint and month switch against the headless "
					+ "month grid, and a drag and drop move with its save, on --items items over --years years "
					+ "(paints with SWT: needs a display, real or Xvfb)")
	boolean calendar;

	@Option(names = "--runs", defaultValue = "3", description = "measured runs per phase, after one warm-up (default: ${DEFAULT-VALUE})")
	int runs;

	@Override
	public Integer call() throws Exception {
		if (cells < 1 || items < 1 || years < 1 || changes < 1 || runs < 1) {
			throw new UsageException("--cells, --items, --years, --changes and --runs must be positive");
		}
		if (crawl != null) {
			return crawlSpeed();
		}
		if (map) {
			return mapSpeed();
		}
		if (matrix) {
			return matrixSpeed();
		}
		if (extraction != null) {
			try {
				new ExtractionSpeed(extraction, runs, spec.commandLine().getOut()).run();
			} catch (ExtractionSpeed.NoPagesException | java.nio.file.NoSuchFileException e) {
				throw new UsageException(e.getMessage(), e);
			}
			return ExitCode.OK;
		}
		Path work = Files.createTempDirectory("parley-benchmark");
		try {
			if (calendar) {
				CalendarImage.benchmark(new org.parley.cli.benchmark.CalendarBenchmark(cells, items, years, runs,
						spec.commandLine().getOut(), spec.commandLine().getErr()), work);
				return ExitCode.OK;
			}
			if (analysis != null) {
				runAnalysis(work);
				return ExitCode.OK;
			}
			new StorageBenchmark(cells, items, years, changes, runs, spec.commandLine().getOut(),
					spec.commandLine().getErr()).run(work);
		} finally {
			try (Stream<Path> walk = Files.walk(work)) {
				walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
		return ExitCode.OK;
	}

	/** The classifiers the product wires, measured on a fresh sample project. */
	private void runAnalysis(Path work) throws Exception {
		if (mentions < 1) {
			throw new UsageException("--mentions must be positive");
		}
		String note = "the product's classifiers";
		Path sample = work.resolve("sample");
		ProjectStore store = new ProjectStore();
		LoadedProject project = store.create(sample, SampleProject.create());
		store.save(project);
		MentionAnalyser analyser = ProjectAnalysers.forProject(sample, project.plan());
		try {
			new AnalysisSpeed(analysis, mentions, runs, analyser, note, spec.commandLine().getOut(),
					spec.commandLine().getErr()).run(work);
		} catch (AnalysisSpeed.NoTextsException | java.nio.file.NoSuchFileException e) {
			throw new UsageException(e.getMessage(), e);
		}
	}

	/** The matrix benchmark; SWT stays in MatrixSpeed, so that the other commands load without it. */
	private int matrixSpeed() throws Exception {
		Path work = Files.createTempDirectory("parley-benchmark");
		try {
			if (!org.parley.cli.benchmark.MatrixSpeed.runOnNewDisplay(50, 50, 20_000, runs, work,
					spec.commandLine().getOut(), spec.commandLine().getErr())) {
				spec.commandLine().getErr().println("parley benchmark: --matrix needs a display (real or Xvfb); run it under xvfb-run");
				return ExitCode.BAD_INPUT;
			}
		} finally {
			try (Stream<Path> walk = Files.walk(work)) {
				walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
		return ExitCode.OK;
	}

	private int crawlSpeed() throws Exception {
		java.util.List<CrawlSpeed.Setting> settings = new java.util.ArrayList<>();
		int most = 1;
		for (int h : hosts) {
			if (h < 1 || h > 250) {
				throw new UsageException("--hosts: between 1 and 250 loopback hosts, not " + h);
			}
			most = Math.max(most, h);
		}
		settings.add(new CrawlSpeed.Setting(1, java.time.Duration.ZERO));
		if (most > 1) {
			settings.add(new CrawlSpeed.Setting(most, java.time.Duration.ZERO));
		}
		for (java.math.BigDecimal delay : delays) {
			if (delay.signum() <= 0) {
				throw new UsageException("--delays: must be positive, not " + delay);
			}
			for (int h : hosts) {
				settings.add(new CrawlSpeed.Setting(h, java.time.Duration.ofMillis(delay.movePointRight(3).longValue())));
			}
		}
		try {
			new CrawlSpeed(crawl, settings, runs, spec.commandLine().getOut()).run();
		} catch (ExtractionSpeed.NoPagesException | java.nio.file.NoSuchFileException e) {
			throw new UsageException(e.getMessage(), e);
		}
		return ExitCode.OK;
	}

	/** The map benchmark opens its own display; SWT stays out of this class, so other commands never load it. */
	private int mapSpeed() throws Exception {
		Path work = Files.createTempDirectory("parley-benchmark");
		try {
			if (!new org.parley.cli.benchmark.MapSpeed(50, 50, runs, spec.commandLine().getOut(),
					spec.commandLine().getErr()).runOnDisplay(work)) {
				spec.commandLine().getErr().println("parley benchmark: --map needs a display (real or Xvfb); run it under xvfb-run");
				return ExitCode.BAD_INPUT;
			}
		} finally {
			try (Stream<Path> walk = Files.walk(work)) {
				walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
		return ExitCode.OK;
	}
}
