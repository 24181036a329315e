package org.parley.representation.calendar.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.storage.ProjectStore;
import org.parley.model.Comment;
import org.parley.model.ContentItem;
import org.parley.model.ContentStatus;
import org.parley.representation.calendar.SampleOnDisk;

/** Comments added to sample items as undoable commands, kept in the item's month file. */
class ItemEditsTest {

	@TempDir
	Path folder;

	@Test
	void aCommentIsAddedSavedWithTheItemAndUndone() throws IOException {
		SampleOnDisk sample = SampleOnDisk.create(folder);
		ContentItem item = sample.item(i -> i.getStatus() == ContentStatus.IN_REVIEW);
		int before = item.getComments().size();
		Instant now = Instant.parse("2027-01-12T09:15:00Z");

		sample.domain().getCommandStack()
				.execute(new ItemEdits(sample.domain()).addComment(item, " maya ", "  Shorter intro, please.\n", now));

		Comment added = item.getComments().get(before);
		assertThat(added.getAuthor()).isEqualTo("maya");
		assertThat(added.getText()).isEqualTo("Shorter intro, please.");
		assertThat(added.getTime()).isEqualTo(now);
		assertThat(added.getId()).isNotBlank();
		assertThat(sample.domain().getCommandStack().getUndoCommand().getLabel()).isEqualTo("Add Comment");

		sample.save();
		ContentItem reloaded = new ProjectStore().load(folder).plan().getSchedules().stream()
				.flatMap(s -> s.getItems().stream()).filter(i -> i.getId().equals(item.getId())).findFirst().orElseThrow();
		assertThat(reloaded.getComments()).extracting(Comment::getText).contains("Shorter intro, please.");

		sample.domain().getCommandStack().undo();
		assertThat(item.getComments()).hasSize(before);
	}

	@Test
	void anEmptyCommentIsRefused() throws IOException {
		SampleOnDisk sample = SampleOnDisk.create(folder);
		ContentItem item = sample.item(i -> true);

		assertThatThrownBy(() -> new ItemEdits(sample.domain()).addComment(item, "maya", "  \n ", Instant.now()))
				.isInstanceOf(InvalidEditException.class).hasMessage("Write the comment first: it is empty.");
	}

	@Test
	void statusesReadAsWords() {
		assertThat(ItemEdits.statusName(ContentStatus.IN_REVIEW)).isEqualTo("In review");
		assertThat(ItemEdits.statusName(ContentStatus.SCHEDULED)).isEqualTo("Scheduled");
	}
}
