package org.parley.core.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.storage.ModelFileException;
import org.parley.core.storage.ModelFileFormat;
import org.parley.core.storage.PlanFixture;
import org.parley.core.storage.Project;
import org.parley.model.Schedule;

/**
 * The driver on files laid out as Git lays them out: three temporary versions at the top of the working tree,
 * the real path given separately.
 */
class MergeDriverTest {

	@TempDir
	Path folder;

	private Path file;
	private Path base;
	private Path ours;
	private Path theirs;

	@BeforeEach
	void storeThreeVersions() throws IOException {
		Project.create(folder, PlanFixture.plan()).save();
		file = folder.resolve("schedules/2026-11.parley");
		String content = Files.readString(file);
		base = Files.writeString(folder.resolve(".merge_file_base"), content);
		ours = Files.writeString(folder.resolve(".merge_file_ours"), content.replace("Winter blend launch", "Ours"));
		theirs = Files.writeString(folder.resolve(".merge_file_theirs"),
				content.replace("<items ", "<items body=\"Dark roast\" "));
	}

	@Test
	void writesTheMergedFileOverOurVersion() throws IOException {
		MergeResult result = MergeDriver.merge(base, ours, theirs, file);

		assertThat(result.isClean()).isTrue();
		Schedule merged = ModelFileFormat.read(ModelFileFormat.newResourceSet(), Files.readAllBytes(ours),
				ModelFileFormat.uriOf(file), ours, Schedule.class);
		assertThat(merged.getItems().get(0).getTitle()).isEqualTo("Ours");
		assertThat(merged.getItems().get(0).getBody()).isEqualTo("Dark roast");
	}

	@Test
	void keepsReferencesRelativeToTheRealPath() throws IOException {
		MergeDriver.merge(base, ours, theirs, file);

		assertThat(Files.readString(ours)).contains("cell=\"../matrix.parley#" + PlanFixture.CELL + "\"");
	}

	@Test
	void writesTheSameBytesAsStorageWhenNothingChanged() throws IOException {
		MergeDriver.merge(base, base, Files.copy(base, folder.resolve(".merge_file_copy")), file);

		assertThat(Files.readString(base)).isEqualTo(Files.readString(file));
	}

	@Test
	void namesTheSideAndLineOfAVersionThatDoesNotLoadAndLeavesOursAlone() throws IOException {
		Files.writeString(theirs, "<?xml version=\"1.0\"?>\n<broken\n");
		String before = Files.readString(ours);

		assertThatThrownBy(() -> MergeDriver.merge(base, ours, theirs, file)).isInstanceOf(ModelFileException.class)
				.hasMessageStartingWith(file + ":3:").hasMessageContaining("(theirs)");
		assertThat(Files.readString(ours)).isEqualTo(before);
	}

	@Test
	void mergesTwoAdditionsOfTheFileWhenTheBaseIsEmpty() throws IOException {
		Files.write(base, new byte[0]);

		MergeResult result = MergeDriver.merge(base, ours, theirs, file);

		assertThat(result.conflicts()).extracting(conflict -> conflict.getFeatureName())
				.containsExactlyInAnyOrder("title", "body");
	}
}
