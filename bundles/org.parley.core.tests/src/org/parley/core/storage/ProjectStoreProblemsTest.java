package org.parley.core.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How loading and saving deal with model files that are broken, hostile or inconsistent. */
class ProjectStoreProblemsTest {

	@TempDir
	Path dir;

	private final ProjectStore store = new ProjectStore();

	@BeforeEach
	void saveSmallProject() throws IOException {
		store.save(store.create(dir, SamplePlans.small()));
	}

	@Test
	void reportsMalformedXmlWithFileAndLine() throws IOException {
		replace("strategy.parley", "<teams ", "<teams <");

		LoadedProject loaded = store.load(dir);

		assertThat(loaded.problems()).hasSize(1);
		LoadProblem problem = loaded.problems().get(0);
		assertThat(problem.file()).isEqualTo(dir.resolve("strategy.parley"));
		assertThat(problem.line()).isEqualTo(lineOf("strategy.parley", "<teams <"));
		assertThat(problem.toString()).startsWith(dir.resolve("strategy.parley") + ":" + problem.line() + ":");
	}

	@Test
	void loadsTheRestOfTheProjectWhenOneFileIsBroken() throws IOException {
		replace("strategy.parley", "<teams ", "<teams <");

		LoadedProject loaded = store.load(dir);

		assertThat(loaded.plan().getStrategy()).isNull();
		assertThat(loaded.plan().getMatrix().getCells()).hasSize(1);
		assertThat(loaded.plan().getSchedules()).hasSize(4);
		assertThat(loaded.failedFiles()).containsExactly(dir.resolve("strategy.parley"));
	}

	@Test
	void keepsABrokenFileAsItIsWhenSaving() throws IOException {
		byte[] broken = replace("strategy.parley", "<teams ", "<teams <");
		LoadedProject loaded = store.load(dir);

		loaded.plan().getMatrix().getCells().get(0).setGoal("Changed");
		store.save(loaded);

		assertThat(Files.readAllBytes(dir.resolve("strategy.parley"))).isEqualTo(broken);
		assertThat(Files.readString(dir.resolve("matrix.parley"))).contains("Changed");
	}

	@Test
	void reportsAFailedFileThatASaveHadToKeep() throws IOException {
		byte[] broken = replace("plan.parley", "name=", "name=<");
		LoadedProject loaded = store.load(dir);
		loaded.plan().setName("Renamed");
		loaded.plan().getMatrix().getCells().get(0).setGoal("Changed");

		assertThatThrownBy(() -> store.save(loaded)).hasMessageContaining(dir.resolve("plan.parley").toString())
				.hasMessageContaining("kept as it is");
		assertThat(Files.readAllBytes(dir.resolve("plan.parley"))).isEqualTo(broken);
		assertThat(Files.readString(dir.resolve("matrix.parley"))).contains("Changed");
	}

	@Test
	void reportsAnUnknownFeature() throws IOException {
		replace("matrix.parley", "goal=", "mood=\"sunny\" goal=");

		LoadedProject loaded = store.load(dir);

		assertThat(loaded.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.file()).isEqualTo(dir.resolve("matrix.parley"));
			assertThat(problem.line()).isEqualTo(lineOf("matrix.parley", "mood="));
			assertThat(problem.message()).contains("mood");
		});
	}

	@Test
	void reportsAnUnknownElement() throws IOException {
		replace("channels.parley", "<channels ", "<gizmos id=\"x\"/>\n  <channels ");

		LoadedProject loaded = store.load(dir);

		assertThat(loaded.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.line()).isEqualTo(lineOf("channels.parley", "<gizmos"));
			assertThat(problem.message()).contains("gizmos");
		});
	}

	@Test
	void reportsADanglingReferenceWhereItStands() throws IOException {
		String team = SamplePlans.id("team", 0);
		replace("matrix.parley", "strategy.parley#" + team, "strategy.parley#no-such-team");

		LoadedProject loaded = store.load(dir);

		assertThat(loaded.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.file()).isEqualTo(dir.resolve("matrix.parley"));
			assertThat(problem.line()).isEqualTo(lineOf("matrix.parley", "#no-such-team"));
			assertThat(problem.message()).contains("dangling", "team", "strategy.parley#no-such-team");
		});
		assertThat(loaded.failedFiles()).isEmpty();
	}

	@Test
	void reportsADuplicateId() throws IOException {
		String first = SamplePlans.id("team", 0);
		String second = SamplePlans.id("team", 1);
		replace("strategy.parley", "id=\"" + second + "\"", "id=\"" + first + "\"");

		LoadedProject loaded = store.load(dir);

		assertThat(loaded.problems()).anySatisfy(problem -> {
			assertThat(problem.file()).isEqualTo(dir.resolve("strategy.parley"));
			assertThat(problem.line()).isEqualTo(lineOf("strategy.parley", "Customer service"));
			assertThat(problem.message()).contains("duplicate id " + first);
		});
	}

	@Test
	void reportsAnIdThatTwoFilesShare() throws IOException {
		String team = SamplePlans.id("team", 0);
		String item = SamplePlans.id("item", 100000);
		replace("calendar/2026-12.parley", "id=\"" + item + "\"", "id=\"" + team + "\"");

		LoadedProject loaded = store.load(dir);

		assertThat(loaded.problems()).anySatisfy(problem -> {
			assertThat(problem.message()).contains("duplicate id " + team);
			assertThat(problem.file()).isIn(dir.resolve("calendar/2026-12.parley"), dir.resolve("strategy.parley"));
		});
	}

	@Test
	void reportsEachDanglingReferenceOfAFileInDocumentOrder() throws IOException {
		String team = SamplePlans.id("team", 0);
		String espresso = SamplePlans.id("topic", 1);
		replace("matrix.parley", "strategy.parley#" + team, "strategy.parley#no-such-team");
		replace("matrix.parley", "strategy.parley#" + espresso, "strategy.parley#no-such-topic");

		LoadedProject loaded = store.load(dir);

		assertThat(loaded.problems()).hasSize(2);
		assertThat(loaded.problems()).extracting(LoadProblem::line).containsExactly(
				lineOf("matrix.parley", "#no-such-team"), lineOf("matrix.parley", "#no-such-topic"));
		assertThat(loaded.problems().get(1).message()).contains("dangling", "topics", "#no-such-topic");
		assertThat(loaded.plan().getMatrix().getCells().get(0).getTopics()).first()
				.satisfies(coffee -> assertThat(coffee.eIsProxy()).isFalse());
	}

	@Test
	void reportsATruncatedFile() throws IOException {
		byte[] bytes = Files.readAllBytes(dir.resolve("calendar/2026-11.parley"));
		Files.write(dir.resolve("calendar/2026-11.parley"), java.util.Arrays.copyOf(bytes, bytes.length / 2));

		LoadedProject loaded = store.load(dir);

		assertThat(loaded.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.file()).isEqualTo(dir.resolve("calendar/2026-11.parley"));
			assertThat(problem.line()).isPositive();
		});
		assertThat(loaded.plan().getSchedules()).hasSize(3);
	}

	@Test
	void reportsBytesThatAreNotUtf8() throws IOException {
		String text = Files.readString(dir.resolve("calendar/2026-12.parley"));
		Files.write(dir.resolve("calendar/2026-12.parley"), text.getBytes(StandardCharsets.ISO_8859_1));

		LoadedProject loaded = store.load(dir);

		assertThat(loaded.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.line()).isEqualTo(lineOf("calendar/2026-12.parley", "second line"));
			assertThat(problem.message()).contains("not UTF-8", "0xE9");
		});
	}

	@Test
	void reportsADeclaredEncodingOtherThanUtf8() throws IOException {
		replace("listening.parley", "encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"");

		LoadedProject loaded = store.load(dir);

		assertThat(loaded.problems()).singleElement()
				.satisfies(problem -> assertThat(problem.message()).contains("ISO-8859-1", "must be UTF-8"));
	}

	@Test
	void neverReadsAnExternalEntity() throws IOException {
		Path secret = Files.writeString(dir.getParent().resolve(dir.getFileName() + "-secret.txt"), "TOP-SECRET-42");
		String plan = Files.readString(dir.resolve("plan.parley"));
		String hostile = plan.replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
				"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE p [ <!ENTITY xxe SYSTEM \"" + secret.toUri()
						+ "\"> ]>\n")
				.replace("name=\"Parley Coffee\"", "name=\"&xxe;\"");
		Files.writeString(dir.resolve("plan.parley"), hostile);

		LoadedProject loaded = store.load(dir);

		assertThat(loaded.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.file()).isEqualTo(dir.resolve("plan.parley"));
			assertThat(problem.line()).isEqualTo(2);
			assertThat(problem.message()).containsIgnoringCase("DOCTYPE");
		});
		assertThat(loaded.plan().getName()).isNull();
		assertThat(String.valueOf(loaded.plan().getDescription())).doesNotContain("TOP-SECRET");
	}

	@Test
	void refusesToMoveItemsIntoAMonthFileThatFailedToLoad() throws IOException {
		replace("calendar/2027-01.parley", "<items ", "<items <");
		LoadedProject loaded = store.load(dir);
		Map<String, byte[]> before = ProjectStoreTest.files(dir);

		loaded.plan().getSchedules().get(0).getItems().get(0)
				.setScheduledAt(java.time.LocalDateTime.parse("2027-01-15T08:00"));

		assertThatThrownBy(() -> store.save(loaded)).hasMessageContaining("calendar/2027-01.parley");
		assertThat(ProjectStoreTest.files(dir)).containsExactlyInAnyOrderEntriesOf(before);
	}

	@Test
	void failsOnlyWhenTheFolderCannotBeRead() {
		assertThatThrownBy(() -> store.load(dir.resolve("missing"))).isInstanceOf(IOException.class)
				.hasMessageContaining("missing");
	}

	private byte[] replace(String file, String from, String to) throws IOException {
		Path path = dir.resolve(file);
		String text = Files.readString(path);
		assertThat(text).contains(from);
		byte[] bytes = text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to))
				.getBytes(StandardCharsets.UTF_8);
		Files.write(path, bytes);
		return bytes;
	}

	private int lineOf(String file, String text) throws IOException {
		String[] lines = new String(Files.readAllBytes(dir.resolve(file)), StandardCharsets.ISO_8859_1).split("\n");
		for (int i = 0; i < lines.length; i++) {
			if (lines[i].contains(text)) {
				return i + 1;
			}
		}
		throw new AssertionError(text + " not in " + file);
	}
}
