package org.parley.core.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.parley.model.ModelFile;
import org.parley.model.Plan;
import org.parley.model.Schedule;

/**
 * Saves a project: puts each aggregate into the resource of its file, writes the files whose bytes changed, and
 * deletes the files of aggregates that left the plan only after everything else was written.
 */
final class ProjectWriter {

	private final Project project;
	private final ProjectLayout layout;
	private final ResourceSet resourceSet;
	private final Map<Path, Resource> placed = new LinkedHashMap<>();
	private final Set<Path> obsolete = new LinkedHashSet<>();

	private ProjectWriter(Project project) {
		this.project = project;
		this.layout = project.layout();
		this.resourceSet = project.resourceSet();
	}

	static void write(Project project) throws IOException {
		new ProjectWriter(project).write();
	}

	private void write() throws IOException {
		Plan plan = project.plan();
		IdAssigner.assignMissing(plan);
		releaseDetachedAggregates(plan);
		place(plan, layout.planFile());
		placeIfPresent(plan.getStrategy(), ProjectLayout.STRATEGY);
		placeIfPresent(plan.getMatrix(), ProjectLayout.MATRIX);
		placeIfPresent(plan.getChannels(), ProjectLayout.CHANNELS);
		placeIfPresent(plan.getListening(), ProjectLayout.LISTENING);
		for (Schedule schedule : plan.getSchedules()) {
			place(schedule, scheduleFile(schedule));
		}
		Set<Path> unreadable = project.unreadableFiles();
		for (Map.Entry<Path, Resource> file : placed.entrySet()) {
			refuseDanglingReferences(file.getKey(), file.getValue());
		}
		List<Path> skipped = new ArrayList<>();
		for (Map.Entry<Path, Resource> file : placed.entrySet()) {
			if (unreadable.contains(file.getKey())) {
				skipped.add(file.getKey());
				continue;
			}
			try {
				AtomicFile.write(file.getKey(), ModelFileFormat.write(file.getValue()));
			} catch (IOException e) {
				throw new ModelFileException(file.getKey(), 0, 0, "cannot be written: " + e.getMessage(), e);
			}
		}
		obsolete.removeAll(placed.keySet());
		obsolete.removeAll(unreadable);
		for (Path file : obsolete) {
			Files.deleteIfExists(file);
		}
		if (!skipped.isEmpty()) {
			throw new ModelFileException(skipped.get(0), 0, 0,
					"was not saved because it did not load; repair or remove the file, then save again", null);
		}
	}

	/** Aggregates removed from the plan stay roots of their resources; their files go. */
	private void releaseDetachedAggregates(Plan plan) {
		for (Resource resource : List.copyOf(resourceSet.getResources())) {
			boolean detached = !resource.getContents().isEmpty()
					&& resource.getContents().get(0) instanceof ModelFile root && root != plan
					&& root.eContainer() == null;
			if (detached) {
				obsolete.add(fileOf(resource));
				resourceSet.getResources().remove(resource);
			}
		}
	}

	private void placeIfPresent(ModelFile aggregate, String name) throws ModelFileException {
		if (aggregate != null) {
			place(aggregate, layout.file(name));
		}
	}

	private Path scheduleFile(Schedule schedule) throws ModelFileException {
		try {
			return layout.scheduleFile(schedule.getMonth());
		} catch (IllegalArgumentException e) {
			throw new ModelFileException(layout.schedulesFolder(), 0, 0,
					"schedule " + schedule.getId() + ": " + e.getMessage(), e);
		}
	}

	private void place(EObject aggregate, Path file) throws ModelFileException {
		if (placed.containsKey(file)) {
			throw new ModelFileException(file, 0, 0, "two aggregates of the plan belong in this file; "
					+ "a month may have only one schedule", null);
		}
		URI uri = ModelFileFormat.uriOf(file);
		Resource resource = ((InternalEObject) aggregate).eDirectResource();
		if (resource == null) {
			resource = resourceSet.getResource(uri, false);
			if (resource == null) {
				resource = resourceSet.createResource(uri);
			}
			resource.getContents().clear();
			resource.getContents().add(aggregate);
		} else if (!resource.getURI().equals(uri)) {
			// A schedule whose month changed moves to the file of its new month.
			obsolete.add(fileOf(resource));
			resource.setURI(uri);
		}
		placed.put(file, resource);
	}

	/**
	 * A reference to an object that left the project cannot be written by id; EMF's own error would not say which
	 * object holds it, so the check runs before anything is written.
	 */
	private static void refuseDanglingReferences(Path file, Resource resource) throws ModelFileException {
		for (Iterator<EObject> all = EcoreUtil.getAllProperContents(resource, false); all.hasNext();) {
			EObject object = all.next();
			for (EReference reference : object.eClass().getEAllReferences()) {
				if (reference.isContainment() || reference.isContainer() || reference.isTransient()) {
					continue;
				}
				Object value = object.eGet(reference, false);
				for (Object target : reference.isMany() ? (List<?>) value : Collections.singletonList(value)) {
					if (target instanceof EObject referenced && !referenced.eIsProxy() && referenced.eResource() == null) {
						throw new ModelFileException(file, 0, 0, describe(object) + " refers through '"
								+ reference.getName() + "' to " + describe(referenced)
								+ ", which is no longer part of the project", null);
					}
				}
			}
		}
	}

	private static String describe(EObject object) {
		return object.eClass().getName() + " " + EcoreUtil.getID(object);
	}

	private static Path fileOf(Resource resource) {
		return Path.of(resource.getURI().toFileString());
	}
}
