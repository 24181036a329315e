package org.parley.core.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.parley.model.ChannelCatalog;
import org.parley.model.Identified;
import org.parley.model.Listening;
import org.parley.model.Matrix;
import org.parley.model.ModelFile;
import org.parley.model.ParleyFactory;
import org.parley.model.ParleyPackage;
import org.parley.model.Plan;
import org.parley.model.Schedule;
import org.parley.model.Strategy;

/**
 * Loads and saves a Parley project: a folder of {@code .parley} files laid out as {@link ProjectLayout} says.
 * <p>
 * Loading never fails for a bad model file: each problem is collected with its file and line, the file's content is
 * left out of the plan, and the rest loads. Saving writes only files whose bytes change, each atomically, re-files
 * calendar items by month, deletes month files left empty, and never writes over a file that failed to load.
 */
public final class ProjectStore {

	private final ModelFileFormat format = new ModelFileFormat();

	/**
	 * Loads the project in {@code projectDir}.
	 *
	 * @throws IOException only when the folder itself cannot be read
	 */
	public LoadedProject load(Path projectDir) throws IOException {
		Path directory = projectDir.toAbsolutePath().normalize();
		if (!Files.isDirectory(directory)) {
			throw new NotDirectoryException(directory + ": not a project folder");
		}
		try (DirectoryStream<Path> readable = Files.newDirectoryStream(directory)) {
			// Opening the folder is the check: an unreadable folder fails here, with the JDK's reason.
		}
		ResourceSet resourceSet = format.createResourceSet();
		ProjectLoad load = new ProjectLoad(format, directory, resourceSet);
		List<String> calendar = calendarFiles(directory, load.problems);
		List<String> all = new ArrayList<>(List.of(ProjectLayout.PLAN, ProjectLayout.STRATEGY, ProjectLayout.MATRIX,
				ProjectLayout.CHANNELS, ProjectLayout.LISTENING));
		all.addAll(calendar);
		load.prefetch(all);
		Plan plan = load.root(ProjectLayout.PLAN, ParleyPackage.Literals.PLAN) instanceof Plan found ? found : null;
		if (plan == null) {
			plan = ParleyFactory.eINSTANCE.createPlan();
			plan.setId(UUID.randomUUID().toString());
			if (!Files.exists(directory.resolve(ProjectLayout.PLAN))) {
				load.problems.add(new LoadProblem(directory.resolve(ProjectLayout.PLAN), 0, 0,
						"missing: the folder has no plan, a new one is used"));
			}
		}
		plan.setStrategy((Strategy) load.root(ProjectLayout.STRATEGY, ParleyPackage.Literals.STRATEGY));
		plan.setMatrix((Matrix) load.root(ProjectLayout.MATRIX, ParleyPackage.Literals.MATRIX));
		plan.setChannels((ChannelCatalog) load.root(ProjectLayout.CHANNELS, ParleyPackage.Literals.CHANNEL_CATALOG));
		plan.setListening((Listening) load.root(ProjectLayout.LISTENING, ParleyPackage.Literals.LISTENING));
		for (String file : calendar) {
			if (load.root(file, ParleyPackage.Literals.SCHEDULE) instanceof Schedule schedule) {
				plan.getSchedules().add(schedule);
			}
		}
		load.check();
		return new LoadedProject(directory, resourceSet, plan, load.problems, load.failedFiles, load.filesOnDisk);
	}

	/**
	 * A project for a plan that exists only in memory, to be written to {@code projectDir} by {@link #save}. Missing
	 * aggregates (strategy, matrix, channels, listening) are created empty, so that the project has all its files.
	 */
	public LoadedProject create(Path projectDir, Plan plan) {
		Path directory = projectDir.toAbsolutePath().normalize();
		ParleyFactory factory = ParleyFactory.eINSTANCE;
		if (plan.getStrategy() == null) {
			plan.setStrategy(factory.createStrategy());
		}
		if (plan.getMatrix() == null) {
			plan.setMatrix(factory.createMatrix());
		}
		if (plan.getChannels() == null) {
			plan.setChannels(factory.createChannelCatalog());
		}
		if (plan.getListening() == null) {
			plan.setListening(factory.createListening());
		}
		ResourceSet resourceSet = format.createResourceSet();
		LoadedProject project = new LoadedProject(directory, resourceSet, plan, new ArrayList<>(), new LinkedHashSet<>(),
				Set.of());
		attach(project, roots(plan), resourceSet);
		return project;
	}

	/**
	 * Saves the project: gives every object without an id a new one, files calendar items by month, and writes each
	 * file whose bytes differ from the disk, atomically. Files that failed to load are neither written nor deleted.
	 *
	 * @throws IOException naming the file that cannot be written; or a failed calendar file that items moved into
	 *             (then nothing is written); or, after everything else was saved, each failed file whose part of the
	 *             plan (such as the plan's own settings when {@code plan.parley} failed) could not be saved
	 */
	public void save(LoadedProject project) throws IOException {
		Plan plan = project.plan();
		removeLeftoverTemporaryFiles(project.directory());
		assignIds(plan);
		ScheduleBuckets.sort(plan);
		Map<String, ModelFile> roots = roots(plan);
		for (Map.Entry<String, ModelFile> entry : roots.entrySet()) {
			Path path = project.directory().resolve(entry.getKey());
			if (project.failedFiles().contains(path) && entry.getValue() instanceof Schedule schedule
					&& !schedule.getItems().isEmpty()) {
				throw new IOException(path + ": cannot take the items scheduled in its month, because the file failed"
						+ " to load and would be lost; fix or move it, then save again (nothing was saved)");
			}
		}
		attach(project, roots, project.resourceSet());
		List<String> kept = new ArrayList<>();
		Map<String, byte[]> content = serialize(project, roots);
		Map<Path, byte[]> changed = new LinkedHashMap<>();
		for (Map.Entry<String, ModelFile> entry : roots.entrySet()) {
			Path path = project.directory().resolve(entry.getKey());
			if (project.failedFiles().contains(path)) {
				kept.add(path + ": not saved, because the file failed to load; it is kept as it is on disk");
			} else if (content.get(entry.getKey()) != UNCHANGED) {
				changed.put(path, content.get(entry.getKey()));
			}
		}
		AtomicFile.writeAll(changed);
		for (String file : project.filesOnDisk()) {
			Path path = project.directory().resolve(file);
			// Only calendar files come and go with their content; an aggregate file is kept even when unset.
			if (!roots.containsKey(file) && file.startsWith(ProjectLayout.CALENDAR + "/")
					&& !project.failedFiles().contains(path)) {
				Files.deleteIfExists(path);
			}
		}
		project.filesOnDisk().removeIf(file -> !Files.exists(project.directory().resolve(file)));
		project.filesOnDisk().addAll(roots.keySet());
		if (!kept.isEmpty()) {
			throw new IOException(String.join("; ", kept));
		}
	}

	/** Stands for the bytes of a file that the disk already holds. */
	private static final byte[] UNCHANGED = new byte[0];

	/**
	 * The bytes of every file to save, or {@link #UNCHANGED}, serialized and compared with the disk in parallel:
	 * saving only reads the model (references are written as they stand, proxies included), so the files do not
	 * interfere.
	 */
	private Map<String, byte[]> serialize(LoadedProject project, Map<String, ModelFile> roots) throws IOException {
		Map<String, byte[]> content = new ConcurrentHashMap<>();
		try {
			roots.entrySet().parallelStream()
					.filter(entry -> !project.failedFiles().contains(project.directory().resolve(entry.getKey())))
					.forEach(entry -> {
						try {
							Path path = project.directory().resolve(entry.getKey());
							byte[] bytes = format.write(((InternalEObject) entry.getValue()).eDirectResource());
							content.put(entry.getKey(), sameBytes(path, bytes) ? UNCHANGED : bytes);
						} catch (IOException e) {
							throw new UncheckedIOException(project.directory().resolve(entry.getKey()) + ": " + e.getMessage(), e);
						}
					});
		} catch (UncheckedIOException e) {
			throw new IOException(e.getMessage(), e.getCause());
		}
		return content;
	}

	/** A save killed before its rename leaves a temporary file; the next save clears it away. */
	private static void removeLeftoverTemporaryFiles(Path directory) throws IOException {
		for (Path folder : List.of(directory, directory.resolve(ProjectLayout.CALENDAR))) {
			if (!Files.isDirectory(folder)) {
				continue;
			}
			try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder,
					".*." + ModelFileFormat.EXTENSION + ".*" + AtomicFile.TEMP_SUFFIX)) {
				for (Path entry : entries) {
					Files.deleteIfExists(entry);
				}
			}
		}
	}

	/** Every file root of the plan by its project-relative path, the plan first. */
	private static Map<String, ModelFile> roots(Plan plan) {
		Map<String, ModelFile> roots = new LinkedHashMap<>();
		roots.put(ProjectLayout.PLAN, plan);
		for (ModelFile aggregate : Arrays.asList(plan.getStrategy(), plan.getMatrix(), plan.getChannels(),
				plan.getListening())) {
			if (aggregate != null) {
				roots.put(ProjectLayout.fileOf(aggregate), aggregate);
			}
		}
		for (Schedule schedule : plan.getSchedules()) {
			roots.put(ProjectLayout.fileOf(schedule), schedule);
		}
		return roots;
	}

	/** Makes each root the only content of a resource whose URI is its file. */
	private static void attach(LoadedProject project, Map<String, ModelFile> roots, ResourceSet resourceSet) {
		for (Map.Entry<String, ModelFile> entry : roots.entrySet()) {
			URI uri = URI.createFileURI(project.directory().resolve(entry.getKey()).toString());
			ModelFile root = entry.getValue();
			Resource resource = ((InternalEObject) root).eDirectResource();
			if (resource == null) {
				Resource existing = resourceSet.getResource(uri, false);
				resource = existing != null ? existing : resourceSet.createResource(uri);
				resource.getContents().clear();
				resource.getContents().add(root);
			} else if (!uri.equals(resource.getURI())) {
				resource.setURI(uri);
			}
		}
	}

	/**
	 * Finding the objects without an id only reads, so the plan's parts are searched in parallel; the ids are then
	 * given on this thread, since in the workbench adapters hear of every change.
	 */
	private static void assignIds(Plan plan) {
		List<Identified> missing = new ArrayList<>();
		addIfWithoutId(plan, missing);
		missing.addAll(plan.eContents().parallelStream().flatMap(part -> withoutId(part).stream()).toList());
		for (Identified identified : missing) {
			identified.setId(UUID.randomUUID().toString());
		}
	}

	/** The objects without an id in a part of the plan, the part included, in document order. */
	private static List<Identified> withoutId(EObject part) {
		List<Identified> missing = new ArrayList<>();
		addIfWithoutId(part, missing);
		for (TreeIterator<EObject> all = part.eAllContents(); all.hasNext();) {
			addIfWithoutId(all.next(), missing);
		}
		return missing;
	}

	private static void addIfWithoutId(EObject object, List<Identified> missing) {
		if (object instanceof Identified identified && (identified.getId() == null || identified.getId().isBlank())) {
			missing.add(identified);
		}
	}

	private static boolean sameBytes(Path path, byte[] bytes) throws IOException {
		return Files.isRegularFile(path) && Files.size(path) == bytes.length
				&& Arrays.equals(Files.readAllBytes(path), bytes);
	}

	private static List<String> calendarFiles(Path directory, List<LoadProblem> problems) throws IOException {
		Path calendar = directory.resolve(ProjectLayout.CALENDAR);
		Set<String> files = new TreeSet<>();
		if (!Files.isDirectory(calendar)) {
			return List.of();
		}
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(calendar, "*." + ModelFileFormat.EXTENSION)) {
			for (Path entry : entries) {
				String name = entry.getFileName().toString();
				if ("".equals(ProjectLayout.monthOfFileName(name))) {
					problems.add(new LoadProblem(entry, 0, 0,
							"not a calendar file name: expected yyyy-MM.parley or backlog.parley; the file is ignored"));
				} else {
					files.add(ProjectLayout.CALENDAR + "/" + name);
				}
			}
		}
		// Backlog first, then months in calendar order: the order ScheduleBuckets keeps after a save.
		List<String> ordered = new ArrayList<>(files);
		String backlog = ProjectLayout.scheduleFile(null);
		if (ordered.remove(backlog)) {
			ordered.add(0, backlog);
		}
		return ordered;
	}
}
