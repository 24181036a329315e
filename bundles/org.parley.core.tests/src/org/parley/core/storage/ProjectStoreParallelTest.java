package org.parley.core.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.sample.LargeProjectGenerator;
import org.parley.model.Plan;

/** Loads parse files in parallel and saves serialize them in parallel: the result must not depend on timing. */
class ProjectStoreParallelTest {

	@TempDir
	Path temp;

	private final ProjectStore store = new ProjectStore();

	@Test
	void writesTheSameBytesOnEverySaveOfAManyFileProject() throws IOException {
		Plan plan = LargeProjectGenerator.generate(40, 3000, 2, 7L);
		Path first = temp.resolve("first");
		store.save(store.create(first, plan));

		for (int round = 0; round < 3; round++) {
			Path again = temp.resolve("again-" + round);
			LoadedProject loaded = store.load(first);
			assertThat(loaded.problems()).isEmpty();
			store.save(store.create(again, loaded.plan()));
			assertThat(files(again)).isEqualTo(files(first));
			for (Path file : files(first)) {
				assertThat(Files.mismatch(first.resolve(file), again.resolve(file))).as(file.toString()).isEqualTo(-1L);
			}
		}
	}

	@Test
	void loadsEveryMonthOfAManyFileProject() throws IOException {
		Plan plan = LargeProjectGenerator.generate(40, 3000, 2, 7L);
		int schedules = plan.getSchedules().size();
		Path dir = temp.resolve("project");
		store.save(store.create(dir, plan));

		LoadedProject loaded = store.load(dir);

		assertThat(loaded.problems()).isEmpty();
		assertThat(loaded.plan().getSchedules()).hasSize(schedules);
		assertThat(loaded.plan().getSchedules().stream().mapToInt(s -> s.getItems().size()).sum()).isEqualTo(3000);
	}

	private static List<Path> files(Path dir) throws IOException {
		try (Stream<Path> walk = Files.walk(dir)) {
			return walk.filter(Files::isRegularFile).map(dir::relativize).sorted().toList();
		}
	}
}
