package org.parley.core.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.function.Consumer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.merge.ConflictResolution.Choice;
import org.parley.core.merge.ConflictResolution.DeleteObject;
import org.parley.core.merge.ConflictResolution.KeepAsIs;
import org.parley.core.merge.ConflictResolution.SetValue;
import org.parley.core.storage.AtomicFile;
import org.parley.core.storage.ModelFileFormat;
import org.parley.core.storage.PlanFixture;
import org.parley.core.storage.Project;
import org.parley.model.ContentItem;
import org.parley.model.MergeConflict;
import org.parley.model.ParleyPackage;
import org.parley.model.Schedule;

/** Conflicts as the workbench finds them: merged into the month's file on disk, then the project opened. */
class ConflictResolutionTest {

	@TempDir
	Path folder;

	private Path file;

	@BeforeEach
	void storePlan() throws IOException {
		Project.create(folder, PlanFixture.plan()).save();
		file = folder.resolve("schedules/2026-11.parley");
	}

	@Test
	void setsTheirValueWhenTheUserChoosesTheirs() throws IOException {
		Schedule november = mergeOnDisk(item -> item.setTitle("Ours"), item -> item.setTitle("Theirs"));

		var change = ConflictResolution.of(november, november.getConflicts().get(0), Choice.THEIRS).orElseThrow();

		assertThat(change).isEqualTo(new SetValue(november.getItems().get(0), ParleyPackage.Literals.CONTENT_ITEM__TITLE,
				"Theirs"));
	}

	@Test
	void readsATimeBackIntoItsType() throws IOException {
		Schedule november = mergeOnDisk(item -> item.setScheduledAt(LocalDateTime.of(2026, 11, 25, 9, 0)),
				item -> item.setScheduledAt(LocalDateTime.of(2026, 11, 26, 18, 30)));

		var change = ConflictResolution.of(november, november.getConflicts().get(0), Choice.THEIRS).orElseThrow();

		assertThat(((SetValue) change).value()).isEqualTo(LocalDateTime.of(2026, 11, 26, 18, 30));
	}

	@Test
	void deletesTheObjectWhenTheUserChoosesTheSideThatDeletedIt() throws IOException {
		Schedule november = mergeOnDisk(item -> item.setTitle("Still needed"),
				item -> ((Schedule) item.eContainer()).getItems().remove(item));
		MergeConflict conflict = november.getConflicts().get(0);

		assertThat(ConflictResolution.of(november, conflict, Choice.THEIRS)).contains(
				new DeleteObject(november.getItems().get(0)));
		assertThat(ConflictResolution.of(november, conflict, Choice.OURS)).containsInstanceOf(KeepAsIs.class);
	}

	@Test
	void offersNothingForAnObjectTheFileNoLongerHas() throws IOException {
		Schedule november = mergeOnDisk(item -> item.setTitle("Ours"), item -> item.setTitle("Theirs"));
		MergeConflict conflict = november.getConflicts().get(0);
		november.getItems().clear();

		assertThat(ConflictResolution.of(november, conflict, Choice.THEIRS)).isEmpty();
	}

	private Schedule mergeOnDisk(Consumer<ContentItem> ourChange, Consumer<ContentItem> theirChange)
			throws IOException {
		Schedule ours = load();
		Schedule theirs = load();
		ourChange.accept(ours.getItems().get(0));
		theirChange.accept(theirs.getItems().get(0));
		MergeResult result = new ModelMerge().merge(load(), ours, theirs);
		AtomicFile.write(file, ModelFileFormat.write(result.merged(), ModelFileFormat.uriOf(file)));
		return Project.open(folder).plan().getSchedules().get(0);
	}

	private Schedule load() throws IOException {
		return ModelFileFormat.read(ModelFileFormat.newResourceSet(), file, Schedule.class);
	}
}
