package org.parley.cli.benchmark;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.parley.core.merge.MergeDriver;
import org.parley.core.sample.LargeProjectGenerator;
import org.parley.core.storage.LoadedProject;
import org.parley.core.storage.ProjectStore;
import org.parley.core.validation.PlanValidator;
import org.parley.model.ContentItem;
import org.parley.model.ModelFile;
import org.parley.model.ParleyPackage;
import org.parley.model.Plan;
import org.parley.model.Schedule;

/**
 * Parley's storage measured against plain EMF in the same process: load and save of the project folder
 * versus one XMI file holding the same objects, plus validation and a three-way merge of two branches,
 * and the peak heap. Prints ratios, which survive a noisy machine better than absolute times.
 */
public final class StorageBenchmark {

	private final int cells;
	private final int items;
	private final int years;
	private final int changesPerBranch;
	private final Stopwatch stopwatch;
	private final PrintWriter out;
	private final PrintWriter progress;
	private final ProjectStore store = new ProjectStore();

	public StorageBenchmark(int cells, int items, int years, int changesPerBranch, int runs, PrintWriter out,
			PrintWriter progress) {
		this.cells = cells;
		this.items = items;
		this.years = years;
		this.changesPerBranch = changesPerBranch;
		this.stopwatch = new Stopwatch(1, runs);
		this.out = out;
		this.progress = progress;
	}

	public void run(Path work) throws Exception {
		PeakHeap.reset();
		progress.println("benchmark: generating " + cells + " cells and " + items + " items over " + years + " years");
		Plan plan = LargeProjectGenerator.generate(cells, items, years, 42L);
		Path base = work.resolve("base");
		store.save(store.create(base, plan));
		Path plainFile = work.resolve("plain.xmi");
		writePlainXmi(base, plainFile);

		progress.println("benchmark: load");
		Stopwatch.Comparison load = stopwatch.compare(() -> { }, () -> store.load(base), () -> { },
				() -> loadPlain(plainFile));

		progress.println("benchmark: save");
		LoadedProject loaded = store.load(base);
		Path[] target = new Path[1];
		int[] round = { 0 };
		Resource plain = loadPlain(plainFile);
		Stopwatch.Comparison save = stopwatch.compare(() -> target[0] = work.resolve("save-" + round[0]++),
				() -> store.save(store.create(target[0], loaded.plan())),
				() -> target[0] = work.resolve("plain-" + round[0]++ + ".xmi"), () -> savePlain(plain, target[0]));

		progress.println("benchmark: validate");
		double validate = stopwatch.medianMillis(() -> { }, () -> new PlanValidator().validate(loaded.plan()));

		progress.println("benchmark: merge of two branches with " + changesPerBranch + " changes each");
		Path ours = branch(base, work.resolve("ours"), 0, "ours");
		Path theirs = branch(base, work.resolve("theirs"), 1, "theirs");
		Path[] merging = new Path[1];
		Stopwatch.Comparison merge = stopwatch.compare(
				() -> merging[0] = copy(ours, work.resolve("merge-" + round[0]++)),
				() -> mergeChangedFiles(base, merging[0], theirs), () -> { }, () -> store.load(base));

		long peak = PeakHeap.megabytes();
		report(load, save, validate, merge, peak, fileCount(base));
	}

	private void report(Stopwatch.Comparison load, Stopwatch.Comparison save, double validate,
			Stopwatch.Comparison merge, long peak, long files) {
		out.printf("Parley storage benchmark: %d cells, %d content items over %d years, %d model files%n", cells, items,
				years, files);
		out.printf("Times are medians; a ratio is the median of runs timed in turns with their baseline (range)%n");
		out.printf("%-34s %10s %12s %8s %13s  %s%n", "phase", "ms", "baseline ms", "ratio", "range", "goal");
		row("load (folder vs one plain XMI)", load, "<= 1.30");
		row("save (folder vs one plain XMI)", save, "<= 1.30");
		out.printf("%-34s %10.0f %12.0f %8.2f %13s  %s%n", "validate (vs Parley load)", validate, load.millis(),
				validate / load.millis(), "", "");
		row("merge " + changesPerBranch + "+" + changesPerBranch + " changes (vs load)", merge, "<= 3.00");
		out.printf("%-34s %10d %12s %8s %13s  %s%n", "peak heap MB (pool peaks, bound)", peak, "", "", "", "upper bound: pools peak apart");
		out.printf("%-34s %10d %12s %8s %13s  %s%n", "heap limit MB (-Xmx), all done", PeakHeap.maxMegabytes(), "", "",
				"", PeakHeap.maxMegabytes() <= 512 ? "within 512" : "run with --vmargs -Xmx512m to check");
	}

	private void row(String phase, Stopwatch.Comparison comparison, String goal) {
		out.printf("%-34s %10.0f %12.0f %8.2f %13s  %s%n", phase, comparison.millis(), comparison.baselineMillis(),
				comparison.ratio(), String.format("%.2f-%.2f", comparison.lowestRatio(), comparison.highestRatio()),
				goal);
	}

	/** The baseline: every object of the project in one XMI resource, saved with EMF's defaults. */
	private void writePlainXmi(Path project, Path file) throws IOException {
		LoadedProject loaded = store.load(project);
		List<ModelFile> roots = new ArrayList<>();
		for (Resource resource : loaded.resourceSet().getResources()) {
			roots.addAll(resource.getContents().stream().map(ModelFile.class::cast).toList());
		}
		Resource plain = plainResourceSet().createResource(URI.createFileURI(file.toString()));
		plain.getContents().addAll(EcoreUtil.copyAll(roots));
		plain.save(null);
	}

	private static Resource loadPlain(Path file) {
		return plainResourceSet().getResource(URI.createFileURI(file.toString()), true);
	}

	private static void savePlain(Resource resource, Path file) throws IOException {
		resource.setURI(URI.createFileURI(file.toString()));
		resource.save(null);
	}

	/**
	 * Plain EMF as a careful EMF user sets it up: XMI with an id-to-object map, without which every id
	 * reference is a scan of the whole resource and the baseline would look far slower than EMF can be.
	 */
	private static ResourceSet plainResourceSet() {
		ResourceSet set = new ResourceSetImpl();
		set.getPackageRegistry().put(ParleyPackage.eNS_URI, ParleyPackage.eINSTANCE);
		set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new XMIResourceFactoryImpl() {
			@Override
			public Resource createResource(URI uri) {
				XMIResourceImpl resource = new XMIResourceImpl(uri);
				resource.setIntrinsicIDToEObjectMap(new HashMap<>());
				return resource;
			}
		});
		set.getLoadOptions().put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
		// JDK 24+ caps entity references (&lt; &#xA; ...) per document; one big XMI file exceeds the cap
		set.getLoadOptions().put(XMLResource.OPTION_PARSER_PROPERTIES,
				Map.of("jdk.xml.maxGeneralEntitySizeLimit", "0", "jdk.xml.totalEntitySizeLimit", "0"));
		return set;
	}

	/** A copy of the project where {@code changesPerBranch} items got a new title; the two branches touch different items. */
	private Path branch(Path base, Path to, int parity, String side) throws IOException {
		copy(base, to);
		LoadedProject project = store.load(to);
		List<ContentItem> all = project.plan().getSchedules().stream().map(Schedule::getItems)
				.flatMap(List::stream).toList();
		int step = Math.max(1, all.size() / (2 * changesPerBranch));
		for (int i = 0; i < changesPerBranch; i++) {
			ContentItem item = all.get(Math.min(all.size() - 1, (2 * i + parity) * step));
			item.setTitle(item.getTitle() + " (" + side + ")");
		}
		store.save(project);
		return to;
	}

	/** Runs the merge driver on every file both branches changed, as Git would. */
	private void mergeChangedFiles(Path base, Path ours, Path theirs) throws IOException {
		List<Path> files;
		try (Stream<Path> walk = Files.walk(base)) {
			files = walk.filter(Files::isRegularFile).map(base::relativize).toList();
		}
		for (Path file : files) {
			Path b = base.resolve(file);
			Path o = ours.resolve(file);
			Path t = theirs.resolve(file);
			if (Files.mismatch(b, o) != -1 && Files.mismatch(b, t) != -1) {
				int code = new MergeDriver().run(b, o, t, file.toString().replace('\\', '/'), System.err);
				if (code == MergeDriver.UNREADABLE) {
					throw new IOException("merge failed on " + file);
				}
			}
		}
	}

	private static Path copy(Path from, Path to) throws IOException {
		try (Stream<Path> walk = Files.walk(from)) {
			for (Path source : walk.sorted(Comparator.naturalOrder()).toList()) {
				Path target = to.resolve(from.relativize(source));
				if (Files.isDirectory(source)) {
					Files.createDirectories(target);
				} else {
					Files.copy(source, target);
				}
			}
		}
		return to;
	}

	private static long fileCount(Path dir) throws IOException {
		try (Stream<Path> walk = Files.walk(dir)) {
			return walk.filter(Files::isRegularFile).count();
		}
	}
}
