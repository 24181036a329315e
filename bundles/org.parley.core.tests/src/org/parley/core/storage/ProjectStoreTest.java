package org.parley.core.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.ContentItem;
import org.parley.model.Plan;
import org.parley.model.Schedule;

class ProjectStoreTest {

	@TempDir
	Path dir;

	private final ProjectStore store = new ProjectStore();

	@Test
	void writesOneFilePerAggregateAndMonth() throws IOException {
		store.save(store.create(dir, SamplePlans.small()));

		assertThat(files(dir).keySet()).containsExactly("calendar/2026-11.parley", "calendar/2026-12.parley",
				"calendar/2027-01.parley", "calendar/backlog.parley", "channels.parley", "listening.parley",
				"matrix.parley", "plan.parley", "strategy.parley");
	}

	@Test
	void loadsWhatItSavedWithoutProblems() throws IOException {
		store.save(store.create(dir, SamplePlans.small()));

		LoadedProject loaded = store.load(dir);

		assertThat(loaded.problems()).isEmpty();
		Plan plan = loaded.plan();
		assertThat(plan.getName()).isEqualTo("Parley Coffee");
		assertThat(plan.getLanguages()).containsExactly("fr", "en-GB");
		assertThat(plan.getSchedules()).hasSize(4);
		ContentItem item = plan.getSchedules().get(1).getItems().get(0);
		assertThat(item.getCell().getTeam().getName()).isEqualTo("Marketing");
		assertThat(plan.getListening().getQueries().get(0).getTarget().getName()).isEqualTo("Espresso");
	}

	@Test
	void rewritesNoFileWhenNothingChanged() throws IOException {
		store.save(store.create(dir, SamplePlans.small()));
		Map<String, byte[]> before = files(dir);
		FileTime old = FileTime.fromMillis(1_000_000_000L);
		for (String file : before.keySet()) {
			Files.setLastModifiedTime(dir.resolve(file), old);
		}

		store.save(store.load(dir));

		Map<String, byte[]> after = files(dir);
		assertThat(after.keySet()).isEqualTo(before.keySet());
		for (String file : before.keySet()) {
			assertThat(after.get(file)).as(file).isEqualTo(before.get(file));
			assertThat(Files.getLastModifiedTime(dir.resolve(file))).as(file).isEqualTo(old);
		}
	}

	@Test
	void linksEveryReferenceBetweenTheFilesOfALargeProject() throws IOException {
		store.save(store.create(dir, org.parley.core.sample.LargeProjectGenerator.generate(30, 900, 1, 7L)));

		LoadedProject loaded = store.load(dir);

		assertThat(loaded.problems()).isEmpty();
		assertThat(org.eclipse.emf.ecore.util.EcoreUtil.ProxyCrossReferencer.find(loaded.resourceSet())).isEmpty();
		ContentItem item = loaded.plan().getSchedules().get(1).getItems().get(0);
		assertThat(item.getCell().eResource()).isSameAs(loaded.plan().getMatrix().eResource());
		assertThat(item.getCell().getTeam().eResource()).isSameAs(loaded.plan().getStrategy().eResource());
		Map<String, byte[]> before = files(dir);
		store.save(store.create(dir.resolve("copy"), loaded.plan()));
		assertThat(files(dir.resolve("copy"))).containsExactlyInAnyOrderEntriesOf(before);
	}

	@Test
	void referencesOtherFilesByIdAndRelativePath() throws IOException {
		store.save(store.create(dir, SamplePlans.small()));

		String matrix = Files.readString(dir.resolve("matrix.parley"));
		String month = Files.readString(dir.resolve("calendar/2026-11.parley"));

		assertThat(matrix).contains("href=\"strategy.parley#" + SamplePlans.id("team", 0) + "\"");
		assertThat(month).contains("href=\"../matrix.parley#" + SamplePlans.id("cell", 0) + "\"");
	}

	@Test
	void writesUtf8WithLineFeedsOnly() throws IOException {
		store.save(store.create(dir, SamplePlans.small()));

		String text = Files.readString(dir.resolve("calendar/2026-11.parley"));

		assertThat(text).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n").doesNotContain("\r")
				.contains("second line é");
	}

	@Test
	void givesEveryObjectWithoutIdANewOne() throws IOException {
		Plan plan = SamplePlans.small();
		ContentItem item = plan.getSchedules().get(0).getItems().get(0);
		item.setId(null);

		store.save(store.create(dir, plan));

		assertThat(item.getId()).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
		assertThat(store.load(dir).problems()).isEmpty();
	}

	@Test
	void movesAnItemToTheFileOfItsNewMonth() throws IOException {
		store.save(store.create(dir, SamplePlans.small()));
		LoadedProject project = store.load(dir);
		ContentItem item = project.plan().getSchedules().get(1).getItems().get(0);
		String id = item.getId();

		item.setScheduledAt(LocalDateTime.parse("2027-03-02T10:00"));
		store.save(project);

		assertThat(Files.readString(dir.resolve("calendar/2026-11.parley"))).doesNotContain(id);
		assertThat(Files.readString(dir.resolve("calendar/2027-03.parley"))).contains(id);
		assertThat(project.fileOf(item)).isEqualTo(dir.resolve("calendar/2027-03.parley"));
		LoadedProject reloaded = store.load(dir);
		assertThat(reloaded.problems()).isEmpty();
		assertThat(reloaded.plan().getSchedules()).extracting(Schedule::getMonth).containsExactly(null, "2026-11",
				"2026-12", "2027-01", "2027-03");
	}

	@Test
	void deletesAMonthFileThatBecameEmpty() throws IOException {
		store.save(store.create(dir, SamplePlans.small()));
		LoadedProject project = store.load(dir);
		Schedule january = project.plan().getSchedules().stream().filter(s -> "2027-01".equals(s.getMonth()))
				.findFirst().orElseThrow();

		for (ContentItem item : january.getItems()) {
			item.setScheduledAt(null);
		}
		store.save(project);

		assertThat(dir.resolve("calendar/2027-01.parley")).doesNotExist();
		assertThat(store.load(dir).plan().getSchedules().get(0).getItems()).hasSize(4);
	}

	@Test
	void removesTemporaryFilesThatAKilledSaveLeftBehind() throws IOException {
		store.save(store.create(dir, SamplePlans.small()));
		Path leftover = Files.writeString(dir.resolve("calendar/.2026-11.parley.1f2e3d" + AtomicFile.TEMP_SUFFIX), "<?xml");
		Path unrelated = Files.writeString(dir.resolve("notes.tmp"), "mine");

		store.save(store.load(dir));

		assertThat(leftover).doesNotExist();
		assertThat(unrelated).exists();
	}

	@Test
	void tellsWhichFileAnObjectIsIn() throws IOException {
		LoadedProject project = store.create(dir, SamplePlans.small());
		store.save(project);

		Plan plan = project.plan();

		assertThat(project.fileOf(plan.getStrategy().getTeams().get(0))).isEqualTo(dir.resolve("strategy.parley"));
		assertThat(project.fileOf(plan)).isEqualTo(dir.resolve("plan.parley"));
	}

	static Map<String, byte[]> files(Path root) throws IOException {
		Map<String, byte[]> files = new TreeMap<>();
		try (Stream<Path> all = Files.walk(root)) {
			for (Path file : (Iterable<Path>) all.filter(Files::isRegularFile)::iterator) {
				files.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
			}
		}
		return files;
	}
}
