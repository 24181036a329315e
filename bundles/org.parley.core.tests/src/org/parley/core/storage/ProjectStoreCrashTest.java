package org.parley.core.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a process that saves a large project, at several moments of its saves, and checks that every file is whole:
 * byte for byte the old or the new version, never a mix or a truncated file.
 */
class ProjectStoreCrashTest {

	private static final int ITEMS_PER_MONTH = 3000;

	@TempDir
	Path temp;

	@Test
	void leavesEveryFileOldOrNewWhenTheSavingProcessIsKilled() throws Exception {
		ProjectStore store = new ProjectStore();
		Path dir = temp.resolve("project");
		Map<String, byte[]> versionA = saveVersion(store, temp.resolve("a"), " A");
		Map<String, byte[]> versionB = saveVersion(store, temp.resolve("b"), " B");
		store.save(store.create(dir, SamplePlans.withItems(ITEMS_PER_MONTH, " A")));

		// Each kill lands while a save is writing: after the n-th temporary file appeared (4 calendar files per save).
		for (int killAfter : new int[] { 1, 2, 3, 4, 6, 9, 13 }) {
			Process saver = TestJvm.start(temp.resolve("saver.log"), SaveLoop.class, dir.toString(),
					Integer.toString(ITEMS_PER_MONTH));
			try (WatchService watcher = FileSystems.getDefault().newWatchService()) {
				dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE);
				dir.resolve("calendar").register(watcher, StandardWatchEventKinds.ENTRY_CREATE);
				for (int seen = 0; seen < killAfter;) {
					WatchKey key = watcher.poll(60, TimeUnit.SECONDS);
					assertThat(key).as("a temporary file within a minute; saver log: %s", log()).isNotNull();
					for (WatchEvent<?> event : key.pollEvents()) {
						if (event.context() instanceof Path name && AtomicFile.isTemporary(name)) {
							seen++;
						}
					}
					key.reset();
				}
			} finally {
				saver.destroyForcibly();
			}
			assertThat(saver.waitFor(30, TimeUnit.SECONDS)).isTrue();

			Map<String, byte[]> files = parleyFiles(dir);
			assertThat(files.keySet()).isEqualTo(versionA.keySet());
			for (Map.Entry<String, byte[]> file : files.entrySet()) {
				assertThat(file.getValue()).as(file.getKey()).satisfiesAnyOf(
						bytes -> assertThat(bytes).isEqualTo(versionA.get(file.getKey())),
						bytes -> assertThat(bytes).isEqualTo(versionB.get(file.getKey())));
			}
			LoadedProject loaded = store.load(dir);
			assertThat(loaded.problems()).isEmpty();
			assertThat(loaded.plan().getSchedules()).allSatisfy(s -> assertThat(s.getItems()).hasSize(ITEMS_PER_MONTH));
		}
	}

	private String log() throws IOException {
		Path log = temp.resolve("saver.log");
		return Files.exists(log) ? Files.readString(log) : "(none)";
	}

	private static Map<String, byte[]> saveVersion(ProjectStore store, Path dir, String suffix) throws IOException {
		store.save(store.create(dir, SamplePlans.withItems(ITEMS_PER_MONTH, suffix)));
		return parleyFiles(dir);
	}

	/** The model files; a killed save may leave a temporary file behind, which is not one. */
	private static Map<String, byte[]> parleyFiles(Path dir) throws IOException {
		Map<String, byte[]> files = ProjectStoreTest.files(dir);
		files.keySet().removeIf(name -> {
			assertThat(name.endsWith(".parley") || AtomicFile.isTemporary(Path.of(name))).as(name).isTrue();
			return !name.endsWith(".parley");
		});
		return files;
	}
}
