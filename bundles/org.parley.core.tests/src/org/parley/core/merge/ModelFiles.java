package org.parley.core.merge;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.parley.core.storage.LoadedProject;
import org.parley.core.storage.ModelFileFormat;
import org.parley.core.storage.ProjectStore;
import org.parley.model.ModelFile;

/** Versions of one model file for merge tests: each read from the same bytes into a resource set of its own. */
final class ModelFiles {

	private static final ModelFileFormat FORMAT = new ModelFileFormat();

	private ModelFiles() {
	}

	/** The bytes of one file of a saved project. */
	static byte[] bytesOf(LoadedProject project, ModelFile root) throws IOException {
		return FORMAT.write(root.eResource());
	}

	/** A fresh copy of a file, read as the merge driver reads it, at the file's place in the project. */
	@SuppressWarnings("unchecked")
	static <T extends ModelFile> T read(byte[] bytes, String pathName) {
		ModelFileFormat.Read read = FORMAT.read(bytes, URI.createFileURI("/parley-merge/" + pathName),
				FORMAT.createResourceSet(), Path.of(pathName));
		if (!read.ok()) {
			throw new AssertionError(read.problems().toString());
		}
		return (T) read.resource().getContents().get(0);
	}

	/** The bytes of a file's root as it is now. */
	static byte[] write(ModelFile root) {
		Resource resource = root.eResource();
		try {
			return FORMAT.write(resource);
		} catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	/** The small sample project, saved to {@code dir}. */
	static LoadedProject sample(Path dir) throws IOException {
		ProjectStore store = new ProjectStore();
		LoadedProject project = store.create(dir, org.parley.core.storage.SamplePlans.small());
		store.save(project);
		return project;
	}
}
