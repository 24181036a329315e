package org.parley.listening.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.parley.core.sample.SampleProject;
import org.parley.core.storage.LoadedProject;
import org.parley.core.storage.ProjectStore;
import org.parley.model.Plan;

/** The sample project written to disk and loaded back, as a user's project would be. */
final class SampleTagger {

	private SampleTagger() {
	}

	static Plan loadSample(Path directory) {
		try {
			ProjectStore store = new ProjectStore();
			store.save(store.create(directory, SampleProject.create()));
			LoadedProject loaded = store.load(directory);
			if (!loaded.problems().isEmpty()) {
				throw new IllegalStateException("the sample does not load: " + loaded.problems());
			}
			return loaded.plan();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
