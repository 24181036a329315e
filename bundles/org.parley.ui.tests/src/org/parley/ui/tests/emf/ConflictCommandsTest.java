package org.parley.ui.tests.emf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.merge.ConflictResolution.Choice;
import org.parley.model.ConflictKind;
import org.parley.model.ContentItem;
import org.parley.model.MergeConflict;
import org.parley.model.ParleyFactory;
import org.parley.model.Schedule;
import org.parley.ui.editor.internal.ConflictCommands;

class ConflictCommandsTest {

	@TempDir
	Path folder;

	private SampleDomain sample;
	private CommandStack stack;
	private ContentItem item;
	private Schedule schedule;

	@BeforeEach
	void loadSample() throws IOException {
		sample = SampleDomain.in(folder);
		stack = sample.domain().getCommandStack();
		item = sample.plan().getSchedules().stream().flatMap(s -> s.getItems().stream()).findFirst().orElseThrow();
		schedule = (Schedule) item.eContainer();
	}

	@Test
	void keepingTheirsSetsTheirValueAndRemovesTheRecordUndoably() {
		item.setTitle("Our title");
		MergeConflict conflict = conflict(ConflictKind.MODIFY_MODIFY, "title", "Our title", "Their title");

		Command keep = ConflictCommands.keep(sample.domain(), conflict, Choice.THEIRS);
		stack.execute(keep);

		assertThat(keep.getLabel()).isEqualTo("Keep Theirs");
		assertThat(item.getTitle()).isEqualTo("Their title");
		assertThat(schedule.getConflicts()).isEmpty();
		stack.undo();
		assertThat(item.getTitle()).isEqualTo("Our title");
		assertThat(schedule.getConflicts()).containsExactly(conflict);
	}

	@Test
	void keepingTheirDeletionDeletesTheObject() {
		MergeConflict conflict = conflict(ConflictKind.DELETE_MODIFY, "", "modified", "deleted");

		stack.execute(ConflictCommands.keep(sample.domain(), conflict, Choice.THEIRS));

		assertThat(schedule.getItems()).doesNotContain(item);
		assertThat(schedule.getConflicts()).isEmpty();
	}

	@Test
	void keepingOursWhichTheModelHoldsOnlyRemovesTheRecord() {
		String title = item.getTitle();
		MergeConflict conflict = conflict(ConflictKind.DELETE_MODIFY, "", "modified", "deleted");

		stack.execute(ConflictCommands.keep(sample.domain(), conflict, Choice.OURS));

		assertThat(schedule.getItems()).contains(item);
		assertThat(item.getTitle()).isEqualTo(title);
		assertThat(schedule.getConflicts()).isEmpty();
	}

	@Test
	void theirSideOfAConflictAboutAnObjectThatIsGoneCanOnlyBeDismissed() {
		MergeConflict conflict = conflict(ConflictKind.MODIFY_MODIFY, "title", "a", "b");
		conflict.setObjectId("no-such-object");

		assertThat(ConflictCommands.canKeep(conflict, Choice.THEIRS)).isFalse();
		Command dismiss = ConflictCommands.keep(sample.domain(), conflict, Choice.THEIRS);
		stack.execute(dismiss);

		assertThat(dismiss.getLabel()).isEqualTo("Dismiss Conflict");
		assertThat(schedule.getConflicts()).isEmpty();
	}

	private MergeConflict conflict(ConflictKind kind, String feature, String ours, String theirs) {
		MergeConflict conflict = ParleyFactory.eINSTANCE.createMergeConflict();
		conflict.setId("conflict-" + schedule.getConflicts().size());
		conflict.setObjectId(item.getId());
		conflict.setFeatureName(feature);
		conflict.setKind(kind);
		conflict.setOursValue(ours);
		conflict.setTheirsValue(theirs);
		schedule.getConflicts().add(conflict);
		return conflict;
	}
}
