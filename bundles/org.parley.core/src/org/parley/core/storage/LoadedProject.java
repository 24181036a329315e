package org.parley.core.storage;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.parley.model.ModelFile;
import org.parley.model.Plan;

/**
 * A project folder as loaded by {@link ProjectStore}: the plan with its aggregates, each the root of its own resource,
 * the problems found while loading, and the files that failed to load (which saves leave alone).
 */
public final class LoadedProject {

	private final Path directory;
	private final ResourceSet resourceSet;
	private final Plan plan;
	private final List<LoadProblem> problems;
	private final Set<Path> failedFiles;
	private final Set<String> filesOnDisk;

	LoadedProject(Path directory, ResourceSet resourceSet, Plan plan, List<LoadProblem> problems, Set<Path> failedFiles,
			Set<String> filesOnDisk) {
		this.directory = directory;
		this.resourceSet = resourceSet;
		this.plan = plan;
		this.problems = problems;
		this.failedFiles = failedFiles;
		this.filesOnDisk = new LinkedHashSet<>(filesOnDisk);
	}

	/** The plan, with its aggregates and schedules attached. */
	public Plan plan() {
		return plan;
	}

	/** The project folder. */
	public Path directory() {
		return directory;
	}

	/** What was wrong with the files, in the order found; empty when everything loaded cleanly. */
	public List<LoadProblem> problems() {
		return Collections.unmodifiableList(problems);
	}

	/** The files that failed to load: their content is not in the plan, and saving leaves them untouched. */
	public Set<Path> failedFiles() {
		return Collections.unmodifiableSet(failedFiles);
	}

	/** The resource set that holds one resource per model file. */
	public ResourceSet resourceSet() {
		return resourceSet;
	}

	/**
	 * The file an object is stored in: the file of its resource, or for an object not saved yet, the file the next
	 * save puts it in. {@code null} for an object that is not part of the plan.
	 */
	public Path fileOf(EObject object) {
		Resource resource = object.eResource();
		if (resource != null && resource.getURI() != null && resource.getURI().isFile()) {
			return Path.of(resource.getURI().toFileString());
		}
		for (EObject current = object; current != null; current = current.eContainer()) {
			if (current instanceof ModelFile root && (root == plan || root.eContainer() == plan)) {
				return directory.resolve(ProjectLayout.fileOf(root));
			}
		}
		return null;
	}

	/** The project-relative paths of the model files that the last load or save left on disk. */
	Set<String> filesOnDisk() {
		return filesOnDisk;
	}
}
