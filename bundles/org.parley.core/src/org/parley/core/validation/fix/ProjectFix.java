package org.parley.core.validation.fix;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.parley.core.storage.LoadedProject;
import org.parley.core.storage.ProjectStore;

/**
 * Applies a fix to a project on disk: loads the project, finds the object a finding is about by its URI, changes
 * it, and saves (each changed file atomically). Works whether or not an editor has the project open; an open
 * editor reloads from disk.
 */
public final class ProjectFix {

	private final ProjectStore store = new ProjectStore();

	/**
	 * Loads the project in {@code projectDir}, applies {@code change} to the object at {@code objectUri} and saves.
	 *
	 * @throws IOException when the project cannot be read or saved, or the object no longer exists (the message
	 *             names the file and the object)
	 */
	public void apply(Path projectDir, URI objectUri, Consumer<EObject> change) throws IOException {
		LoadedProject project = store.load(projectDir);
		EObject object = find(project, objectUri);
		change.accept(object);
		store.save(project);
	}

	/** The object at {@code objectUri} in the loaded project. */
	static EObject find(LoadedProject project, URI objectUri) throws IOException {
		if (objectUri == null || !objectUri.hasFragment()) {
			throw new IOException(project.directory() + ": no object to fix (" + objectUri + ")");
		}
		URI file = objectUri.trimFragment();
		URI normalized = file.isFile() ? URI.createFileURI(Path.of(file.toFileString()).toAbsolutePath().normalize()
				.toString()) : file;
		var resource = project.resourceSet().getResource(normalized, false);
		EObject object = resource == null ? null : resource.getEObject(objectUri.fragment());
		if (object == null) {
			throw new IOException(file.toFileString() + ": the object " + objectUri.fragment()
					+ " no longer exists; validate again");
		}
		return object;
	}
}
