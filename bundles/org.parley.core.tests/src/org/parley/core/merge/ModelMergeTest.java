package org.parley.core.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.storage.ModelFileFormat;
import org.parley.core.storage.PlanFixture;
import org.parley.core.storage.Project;
import org.parley.model.Comment;
import org.parley.model.ConflictKind;
import org.parley.model.ContentItem;
import org.parley.model.MergeConflict;
import org.parley.model.ParleyFactory;
import org.parley.model.Plan;
import org.parley.model.Schedule;

/**
 * Merges of a month's schedule as stored on disk: three loads of the same file stand for base, ours and theirs.
 */
class ModelMergeTest {

	private static final String SECOND_ITEM = "00000000-0000-0000-0000-0000000000a2";

	@TempDir
	Path folder;

	private Path file;

	@BeforeEach
	void storeTwoItems() throws IOException {
		Plan plan = PlanFixture.plan();
		ContentItem second = item(SECOND_ITEM, "Barista tips");
		plan.getSchedules().get(0).getItems().add(second);
		Project.create(folder, plan).save();
		file = folder.resolve("schedules/2026-11.parley");
	}

	@Test
	void keepsBothSidesWhenDifferentItemsChange() throws IOException {
		Schedule ours = load();
		Schedule theirs = load();
		item(ours, PlanFixture.ITEM).setTitle("Winter blend is here");
		item(theirs, SECOND_ITEM).setTitle("Barista tips, part 1");

		MergeResult result = new ModelMerge().merge(load(), ours, theirs);

		assertThat(result.isClean()).isTrue();
		assertThat(item(result, PlanFixture.ITEM).getTitle()).isEqualTo("Winter blend is here");
		assertThat(item(result, SECOND_ITEM).getTitle()).isEqualTo("Barista tips, part 1");
	}

	@Test
	void keepsBothSidesWhenDifferentFeaturesOfOneItemChange() throws IOException {
		Schedule ours = load();
		Schedule theirs = load();
		item(ours, PlanFixture.ITEM).setTitle("Winter blend is here");
		item(theirs, PlanFixture.ITEM).setBody("Dark roast, cocoa notes.");

		ContentItem merged = item(new ModelMerge().merge(load(), ours, theirs), PlanFixture.ITEM);

		assertThat(merged.getTitle()).isEqualTo("Winter blend is here");
		assertThat(merged.getBody()).isEqualTo("Dark roast, cocoa notes.");
	}

	@Test
	void recordsAConflictWhenBothSidesChangeOneFeatureDifferently() throws IOException {
		Schedule ours = load();
		Schedule theirs = load();
		item(ours, PlanFixture.ITEM).setTitle("Ours");
		item(theirs, PlanFixture.ITEM).setTitle("Theirs");

		MergeResult result = new ModelMerge().merge(load(), ours, theirs);

		assertThat(item(result, PlanFixture.ITEM).getTitle()).isEqualTo("Ours");
		MergeConflict conflict = result.conflicts().get(0);
		assertThat(conflict.getKind()).isEqualTo(ConflictKind.MODIFY_MODIFY);
		assertThat(conflict.getObjectId()).isEqualTo(PlanFixture.ITEM);
		assertThat(conflict.getFeatureName()).isEqualTo("title");
		assertThat(conflict.getBaseValue()).isEqualTo("Winter blend launch");
		assertThat(conflict.getOursValue()).isEqualTo("Ours");
		assertThat(conflict.getTheirsValue()).isEqualTo("Theirs");
		assertThat(result.merged().getConflicts()).containsExactly(conflict);
	}

	@Test
	void takesTheSameChangeOnBothSidesWithoutConflict() throws IOException {
		Schedule ours = load();
		Schedule theirs = load();
		item(ours, PlanFixture.ITEM).setTitle("Same");
		item(theirs, PlanFixture.ITEM).setTitle("Same");

		MergeResult result = new ModelMerge().merge(load(), ours, theirs);

		assertThat(result.isClean()).isTrue();
		assertThat(item(result, PlanFixture.ITEM).getTitle()).isEqualTo("Same");
	}

	@Test
	void keepsItemsAddedOnBothSides() throws IOException {
		Schedule ours = load();
		Schedule theirs = load();
		ours.getItems().add(item("00000000-0000-0000-0000-0000000000c1", "Ours new"));
		theirs.getItems().add(item("00000000-0000-0000-0000-0000000000c2", "Theirs new"));

		MergeResult result = new ModelMerge().merge(load(), ours, theirs);

		assertThat(((Schedule) result.merged()).getItems()).extracting(ContentItem::getTitle)
				.containsExactly("Winter blend launch", "Barista tips", "Ours new", "Theirs new");
		assertThat(result.isClean()).isTrue();
	}

	@Test
	void deletesAnItemThatOneSideRemovedAndTheOtherLeftAlone() throws IOException {
		Schedule ours = load();
		Schedule theirs = load();
		theirs.getItems().remove(item(theirs, SECOND_ITEM));
		item(ours, PlanFixture.ITEM).setTitle("Edited");

		MergeResult result = new ModelMerge().merge(load(), ours, theirs);

		assertThat(((Schedule) result.merged()).getItems()).extracting(ContentItem::getId)
				.containsExactly(PlanFixture.ITEM);
		assertThat(result.isClean()).isTrue();
	}

	@Test
	void keepsAnItemThatOneSideChangedAndTheOtherDeleted() throws IOException {
		Schedule ours = load();
		Schedule theirs = load();
		item(ours, SECOND_ITEM).setTitle("Still needed");
		theirs.getItems().remove(item(theirs, SECOND_ITEM));

		MergeResult result = new ModelMerge().merge(load(), ours, theirs);

		assertThat(item(result, SECOND_ITEM).getTitle()).isEqualTo("Still needed");
		assertThat(result.conflicts()).singleElement().satisfies(conflict -> {
			assertThat(conflict.getKind()).isEqualTo(ConflictKind.DELETE_MODIFY);
			assertThat(conflict.getObjectId()).isEqualTo(SECOND_ITEM);
		});
	}

	@Test
	void keepsACommentAddedToAnItemTheOtherSideDeleted() throws IOException {
		Schedule ours = load();
		Schedule theirs = load();
		ours.getItems().remove(item(ours, PlanFixture.ITEM));
		Comment comment = ParleyFactory.eINSTANCE.createComment();
		comment.setId("00000000-0000-0000-0000-0000000000d1");
		comment.setText("Check the price first");
		item(theirs, PlanFixture.ITEM).getComments().add(comment);

		MergeResult result = new ModelMerge().merge(load(), ours, theirs);

		ContentItem kept = item(result, PlanFixture.ITEM);
		assertThat(kept.getComments()).extracting(Comment::getText).containsExactly("Check the price first");
		assertThat(((Schedule) result.merged()).getItems()).extracting(ContentItem::getId)
				.containsExactly(PlanFixture.ITEM, SECOND_ITEM);
		assertThat(result.conflicts()).extracting(MergeConflict::getKind).containsExactly(ConflictKind.DELETE_MODIFY);
	}

	@Test
	void combinesTagsAddedOnEachSide() throws IOException {
		Schedule base = load();
		item(base, PlanFixture.ITEM).getTags().add("winter");
		Schedule ours = EcoreUtil.copy(base);
		Schedule theirs = EcoreUtil.copy(base);
		item(ours, PlanFixture.ITEM).getTags().add("coffee");
		item(theirs, PlanFixture.ITEM).getTags().remove("winter");
		item(theirs, PlanFixture.ITEM).getTags().add("launch");

		MergeResult result = new ModelMerge().merge(base, ours, theirs);

		assertThat(item(result, PlanFixture.ITEM).getTags()).containsExactlyInAnyOrder("coffee", "launch");
		assertThat(result.isClean()).isTrue();
	}

	@Test
	void keepsTheReferenceToAnObjectInAnotherFile() throws IOException {
		Schedule ours = load();
		item(ours, PlanFixture.ITEM).setTitle("Edited");

		MergeResult result = new ModelMerge().merge(load(), ours, load());

		String written = new String(ModelFileFormat.write(result.merged(), ModelFileFormat.uriOf(file)), "UTF-8");
		assertThat(written).contains("cell=\"../matrix.parley#" + PlanFixture.CELL + "\"");
	}

	@Test
	void mergesAFileBothSidesAddedWithoutCommonAncestor() throws IOException {
		Schedule ours = load();
		Schedule theirs = load();
		theirs.getItems().add(item("00000000-0000-0000-0000-0000000000c2", "Theirs new"));
		item(theirs, PlanFixture.ITEM).setTitle("Theirs title");

		MergeResult result = new ModelMerge().merge(null, ours, theirs);

		assertThat(((Schedule) result.merged()).getItems()).hasSize(3);
		assertThat(result.conflicts()).singleElement().satisfies(conflict -> {
			assertThat(conflict.getKind()).isEqualTo(ConflictKind.ADD_ADD);
			assertThat(conflict.getFeatureName()).isEqualTo("title");
		});
	}

	@Test
	void givesTheSameConflictTheSameIdEachTime() throws IOException {
		Schedule ours = load();
		Schedule theirs = load();
		item(ours, PlanFixture.ITEM).setTitle("Ours");
		item(theirs, PlanFixture.ITEM).setTitle("Theirs");

		String first = new ModelMerge().merge(load(), ours, theirs).conflicts().get(0).getId();
		String second = new ModelMerge().merge(load(), ours, theirs).conflicts().get(0).getId();

		assertThat(first).isEqualTo(second);
	}

	private Schedule load() throws IOException {
		return ModelFileFormat.read(ModelFileFormat.newResourceSet(), file, Schedule.class);
	}

	private static ContentItem item(String id, String title) {
		ContentItem item = ParleyFactory.eINSTANCE.createContentItem();
		item.setId(id);
		item.setTitle(title);
		return item;
	}

	private static ContentItem item(MergeResult result, String id) {
		return item((Schedule) result.merged(), id);
	}

	private static ContentItem item(Schedule schedule, String id) {
		return schedule.getItems().stream().filter(item -> id.equals(item.getId())).findFirst().orElseThrow();
	}
}
