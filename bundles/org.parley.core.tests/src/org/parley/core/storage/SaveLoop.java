package org.parley.core.storage;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A separate process for {@link ProjectStoreCrashTest}: saves two versions of a large plan into a folder, turn by
 * turn, for ever, until the test kills it in the middle of one.
 */
public final class SaveLoop {

	private SaveLoop() {
	}

	/** Arguments: the project folder and the number of items per month. */
	public static void main(String[] arguments) throws IOException {
		Path dir = Path.of(arguments[0]);
		int items = Integer.parseInt(arguments[1]);
		ProjectStore store = new ProjectStore();
		for (int turn = 1;; turn++) {
			LoadedProject project = store.create(dir, SamplePlans.withItems(items, turn % 2 == 1 ? " B" : " A"));
			store.save(project);
		}
	}
}
