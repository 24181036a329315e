package org.parley.core.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.parley.model.Plan;

/**
 * A Parley project opened from its folder: the {@link Plan} with its aggregates, the resource set that holds one
 * resource per file (for an editing domain to share), and the files that did not load.
 * <p>
 * A file that does not load is reported in {@link #problems()} and left alone: saving never rewrites it, so a
 * broken or conflicted file costs nothing but its own content until the user repairs it.
 */
public final class Project {

	private final ProjectLayout layout;
	private final ResourceSet resourceSet;
	private final Plan plan;
	private final List<ModelFileException> problems;

	Project(ProjectLayout layout, ResourceSet resourceSet, Plan plan, List<ModelFileException> problems) {
		this.layout = layout;
		this.resourceSet = resourceSet;
		this.plan = plan;
		this.problems = new ArrayList<>(problems);
	}

	/**
	 * Opens the project in {@code directory}, loading every model file that loads.
	 *
	 * @throws ModelFileException when the folder holds no {@value ProjectLayout#PLAN}
	 */
	public static Project open(Path directory) throws ModelFileException {
		return ProjectReader.read(new ProjectLayout(directory));
	}

	/**
	 * Starts a project in {@code directory} for a plan that has not been stored yet; nothing is written before
	 * {@link #save()}.
	 *
	 * @throws ModelFileException when the folder already holds a project, which saving would overwrite
	 */
	public static Project create(Path directory, Plan plan) throws ModelFileException {
		ProjectLayout layout = new ProjectLayout(directory);
		if (Files.exists(layout.planFile())) {
			throw new ModelFileException(layout.planFile(), 0, 0,
					"already exists: the folder holds a Parley project; open it instead", null);
		}
		return new Project(layout, ModelFileFormat.newResourceSet(), plan, List.of());
	}

	/**
	 * Writes every aggregate of the plan to its file, atomically and only where the content changed, and deletes
	 * the files of schedules that left the plan.
	 *
	 * @throws ModelFileException naming a file that could not be written, or that was not written because it did
	 *         not load
	 */
	public void save() throws IOException {
		ProjectWriter.write(this);
	}

	/** @return the plan, with its aggregates attached */
	public Plan plan() {
		return plan;
	}

	/** @return the project folder */
	public Path directory() {
		return layout.directory();
	}

	/** @return where each aggregate lives in the folder */
	public ProjectLayout layout() {
		return layout;
	}

	/** @return the resource set with one resource per model file */
	public ResourceSet resourceSet() {
		return resourceSet;
	}

	/** @return the files that did not load, each with its line and problem */
	public List<ModelFileException> problems() {
		return Collections.unmodifiableList(problems);
	}

	/** @return the files that did not load and that saving therefore leaves alone */
	public Set<Path> unreadableFiles() {
		Set<Path> files = new LinkedHashSet<>();
		for (ModelFileException problem : problems) {
			files.add(problem.file());
		}
		return files;
	}
}
