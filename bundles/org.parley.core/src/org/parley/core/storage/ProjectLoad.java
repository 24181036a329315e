package org.parley.core.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.parley.model.Identified;
import org.parley.model.ModelFile;

/**
 * One run of {@link ProjectStore#load}: reads the files one by one, keeps their bytes to locate problems that EMF
 * does not, checks ids and references across the project, and collects what went wrong.
 */
final class ProjectLoad {
	private final ModelFileFormat format;
	private final Path directory;
	private final ResourceSet resourceSet;
	final List<LoadProblem> problems = new ArrayList<>();
	final Set<Path> failedFiles = new LinkedHashSet<>();
	final Set<String> filesOnDisk = new LinkedHashSet<>();
	private final Map<Resource, byte[]> bytes = new HashMap<>();
	private final Map<Resource, Path> files = new LinkedHashMap<>();
	private final Map<String, Parsed> prefetched = new ConcurrentHashMap<>();

	ProjectLoad(ModelFileFormat format, Path directory, ResourceSet resourceSet) {
		this.format = format;
		this.directory = directory;
		this.resourceSet = resourceSet;
	}

	/**
	 * Reads and parses the files in parallel, each into a resource set of its own: files are independent until
	 * their references are resolved, and most of a load is parsing. {@link #root} then adopts them in order.
	 */
	void prefetch(List<String> files) {
		files.parallelStream().forEach(file -> {
			Path path = directory.resolve(file);
			if (Files.isRegularFile(path)) {
				prefetched.put(file, parse(path));
			}
		});
	}

	private Parsed parse(Path path) {
		try {
			byte[] content = Files.readAllBytes(path);
			return new Parsed(content, format.read(content, URI.createFileURI(path.toString()),
					format.createResourceSet(), path), null);
		} catch (IOException e) {
			return new Parsed(null, null, e);
		}
	}

	/** One file's bytes and what parsing them gave, or why it could not be read. */
	private record Parsed(byte[] content, ModelFileFormat.Read read, IOException readError) {
	}

	/** Reads a file and returns its root, or {@code null} when the file is missing or fails to load. */
	ModelFile root(String file, EClass expected) throws IOException {
		Path path = directory.resolve(file);
		if (!Files.isRegularFile(path)) {
			return null;
		}
		filesOnDisk.add(file);
		Parsed parsed = prefetched.remove(file);
		if (parsed == null) {
			parsed = parse(path);
		}
		if (parsed.readError() != null) {
			fail(path, null, List.of(new LoadProblem(path, 0, 0, "cannot read: " + parsed.readError().getMessage())));
			return null;
		}
		byte[] content = parsed.content();
		ModelFileFormat.Read read = parsed.read();
		resourceSet.getResources().add(read.resource());
		if (!read.ok()) {
			fail(path, read.resource(), read.problems());
			return null;
		}
		Resource resource = read.resource();
		EObject root = resource.getContents().get(0);
		if (resource.getContents().size() > 1 || !expected.isInstance(root)) {
			fail(path, resource, List.of(new LoadProblem(path, 0, 0, "expected one " + expected.getName()
					+ " as the file's root, found " + describe(resource.getContents()))));
			return null;
		}
		bytes.put(resource, content);
		files.put(resource, path);
		return (ModelFile) root;
	}

	private void fail(Path path, Resource resource, List<LoadProblem> found) {
		problems.addAll(found);
		failedFiles.add(path);
		if (resource != null) {
			// Stay in the set, loaded but empty: references into the file then stay unresolved instead of
			// reaching a partial model or demand-loading the broken file again.
			resource.getContents().clear();
			resource.getErrors().clear();
			if (resource instanceof ParleyResource parley) {
				// what loading noted for linking would keep the partial model alive
				parley.takeLinkRecord();
			}
		}
	}

	/**
	 * Links the files and checks them: ids unique in the project, references naming an object. The parallel pass of
	 * {@link ProjectLinks} settles nearly everything; what it leaves goes through the exact checks below.
	 */
	void check() {
		List<Resource> loaded = new ArrayList<>(files.keySet());
		ProjectLinks.Outcome outcome = new ProjectLinks(loaded).link(loaded);
		if (outcome.duplicateIds()) {
			checkIds();
		}
		checkReferences(loaded, outcome.unsettled());
	}

	/** Every id must be unique in the project, since references between files name their target by id. */
	private void checkIds() {
		Map<String, Path> seen = new HashMap<>();
		for (Map.Entry<Resource, Path> entry : files.entrySet()) {
			for (TreeIterator<EObject> all = EcoreUtil.getAllProperContents(entry.getKey(), false); all
					.hasNext();) {
				if (all.next() instanceof Identified identified && identified.getId() != null) {
					Path first = seen.putIfAbsent(identified.getId(), entry.getValue());
					if (first != null) {
						int occurrence = first.equals(entry.getValue()) ? 2 : 1;
						int[] at = TextPosition.find(bytes.get(entry.getKey()), "\"" + identified.getId() + "\"",
								occurrence);
						problems.add(new LoadProblem(entry.getValue(), at[0], at[1], "duplicate id "
								+ identified.getId() + " (" + identified.eClass().getName() + "), also in " + first));
					}
				}
			}
		}
	}

	/**
	 * References that name no object (deleted on another branch, mistyped) are reported where they stand: the
	 * references the linking pass left are resolved through the resource set, file by file in document order.
	 */
	private void checkReferences(List<Resource> loaded, List<List<ProjectLinks.Unsettled>> unsettled) {
		Set<URI> failed = new LinkedHashSet<>();
		for (Path path : failedFiles) {
			failed.add(URI.createFileURI(path.toString()));
		}
		List<Resource> known = new ArrayList<>(resourceSet.getResources());
		for (int i = 0; i < loaded.size(); i++) {
			Resource resource = loaded.get(i);
			Path path = files.get(resource);
			for (ProjectLinks.Unsettled reference : unsettled.get(i)) {
				DanglingReferences.check(reference.object(), reference.reference(), failed,
						(object, feature, proxyUri) -> {
							int[] at = TextPosition.find(bytes.get(resource), "#" + proxyUri.fragment() + "\"", 1);
							problems.add(new LoadProblem(path, at[0], at[1],
									"dangling reference: " + object.eClass().getName() + "." + feature.getName() + " of "
											+ EcoreUtil.getID(object) + " names " + relative(proxyUri)
											+ ", which does not exist"));
						});
			}
		}
		// Resolving may have demand-loaded files outside the project; they are not part of it.
		resourceSet.getResources().retainAll(known);
	}

	private String relative(URI uri) {
		if (uri.isFile()) {
			Path target = Path.of(uri.trimFragment().toFileString());
			return (target.startsWith(directory) ? directory.relativize(target) : target) + "#" + uri.fragment();
		}
		return uri.toString();
	}

	private static String describe(List<EObject> contents) {
		List<String> names = new ArrayList<>();
		for (EObject object : contents) {
			names.add(object.eClass().getName());
		}
		return String.join(", ", names);
	}
}
