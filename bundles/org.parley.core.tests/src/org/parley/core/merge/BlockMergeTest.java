package org.parley.core.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.storage.LoadedProject;
import org.parley.core.storage.ProjectStore;
import org.parley.core.storage.SamplePlans;
import org.parley.model.ContentItem;
import org.parley.model.ParleyFactory;
import org.parley.model.Schedule;

/** The quick merge against the full merge, on a month file as the store writes it. */
class BlockMergeTest {

	private static final String FILE = "calendar/2026-11.parley";

	@TempDir
	Path folder;

	private byte[] base;

	@BeforeEach
	void saveProject() throws IOException {
		ProjectStore store = new ProjectStore();
		LoadedProject project = store.create(folder, SamplePlans.withItems(5, ""));
		store.save(project);
		base = java.nio.file.Files.readAllBytes(folder.resolve(FILE));
	}

	@Test
	void givesTheBytesOfTheFullMergeWhenTheSidesChangedDifferentItems() {
		byte[] ours = edit(schedule -> schedule.getItems().get(1).setTitle("Our title"));
		byte[] theirs = edit(schedule -> {
			schedule.getItems().get(3).setTitle("Their title");
			schedule.getItems().get(3).getTags().add("new tag");
		});

		byte[] quick = BlockMerge.merge(base, ours, theirs);

		Schedule merged = ModelFiles.read(ours, FILE);
		assertThat(new ModelMerger().merge(ModelFiles.read(base, FILE), merged, ModelFiles.read(theirs, FILE)).clean())
				.isTrue();
		assertThat(quick).isEqualTo(ModelFiles.write(merged));
	}

	@Test
	void takesTheirChangeOfTheRootsOwnAttributes() {
		byte[] ours = edit(schedule -> schedule.getItems().get(0).setTitle("Our title"));
		byte[] theirs = edit(schedule -> schedule.setMonth("2026-11 "));

		Schedule merged = ModelFiles.read(BlockMerge.merge(base, ours, theirs), FILE);

		assertThat(merged.getMonth()).isEqualTo("2026-11 ");
		assertThat(merged.getItems().get(0).getTitle()).isEqualTo("Our title");
	}

	@Test
	void leavesAnItemBothSidesChangedToTheFullMerge() {
		byte[] ours = edit(schedule -> schedule.getItems().get(2).setTitle("Our title"));
		byte[] theirs = edit(schedule -> schedule.getItems().get(2).setBody("Their body"));

		assertThat(BlockMerge.merge(base, ours, theirs)).isNull();
	}

	@Test
	void leavesAddedDeletedOrReorderedItemsToTheFullMerge() {
		byte[] ours = edit(schedule -> schedule.getItems().get(1).setTitle("Our title"));
		byte[] added = edit(schedule -> {
			ContentItem item = ParleyFactory.eINSTANCE.createContentItem();
			item.setId("added");
			schedule.getItems().add(item);
		});
		byte[] deleted = edit(schedule -> schedule.getItems().remove(4));
		byte[] reordered = edit(schedule -> schedule.getItems().move(0, 4));

		assertThat(BlockMerge.merge(base, ours, added)).isNull();
		assertThat(BlockMerge.merge(base, ours, deleted)).isNull();
		assertThat(BlockMerge.merge(base, ours, reordered)).isNull();
	}

	@Test
	void leavesAFileOfAnotherLayoutToTheFullMerge() {
		byte[] flat = new String(base, java.nio.charset.StandardCharsets.UTF_8).replace("\n  <", "<")
				.getBytes(java.nio.charset.StandardCharsets.UTF_8);

		assertThat(BlockMerge.merge(flat, flat, flat)).isNull();
	}

	@Test
	void cutsTheFileAsBytesSoThatCharactersBeyondAsciiSurviveUnchanged() {
		byte[] ours = edit(schedule -> schedule.getItems().get(1).setTitle("Équipe café — 東京"));
		byte[] theirs = edit(schedule -> schedule.getItems().get(3).setBody("Ünïcödé body 👍"));

		Schedule merged = ModelFiles.read(BlockMerge.merge(base, ours, theirs), FILE);

		assertThat(merged.getItems().get(1).getTitle()).isEqualTo("Équipe café — 東京");
		assertThat(merged.getItems().get(3).getBody()).isEqualTo("Ünïcödé body 👍");
	}

	@Test
	void knowsThatTheRootUsesEveryNamespaceOfAFileTheStoreWrote() {
		assertThat(BlockMerge.rootUsesEveryNamespace(base)).isTrue();
	}

	@Test
	void noticesANamespaceThatOnlyTheChildrenCouldUse() {
		String text = new String(base, java.nio.charset.StandardCharsets.UTF_8);
		byte[] extra = text.replaceFirst(" xmlns:xmi=", " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:xmi=")
				.getBytes(java.nio.charset.StandardCharsets.UTF_8);

		assertThat(extra).isNotEqualTo(base);
		assertThat(BlockMerge.rootUsesEveryNamespace(extra)).isFalse();
	}

	private byte[] edit(java.util.function.Consumer<Schedule> change) {
		Schedule schedule = ModelFiles.read(base, FILE);
		change.accept(schedule);
		return ModelFiles.write(schedule);
	}
}
