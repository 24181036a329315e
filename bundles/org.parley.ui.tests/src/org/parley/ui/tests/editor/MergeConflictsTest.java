package org.parley.ui.tests.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.widgets.Composite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.ConflictKind;
import org.parley.model.ContentItem;
import org.parley.model.MergeConflict;
import org.parley.model.ParleyFactory;
import org.parley.model.Plan;
import org.parley.model.Schedule;
import org.parley.ui.editor.ModelEditor;
import org.parley.ui.testing.ContainerHandle;
import org.parley.ui.testing.Screenshots;
import org.parley.ui.testing.ShellHandle;
import org.parley.ui.testing.UiDriver;
import org.parley.ui.testing.UiThread;
import org.parley.ui.testing.WidgetMatchers;

/** A conflict that a Git merge recorded, resolved on the editor's overview. */
class MergeConflictsTest {

	private static int projects;

	@TempDir
	Path temp;

	private final UiDriver ui = new UiDriver(Duration.ofSeconds(20));
	private SampleWorkspaceProject sample;
	private ModelEditorSteps steps;
	private ShellHandle window;
	private String itemId;

	@BeforeEach
	void sampleProjectWithARecordedConflict() throws Exception {
		sample = SampleWorkspaceProject.create(temp.resolve("sample"), "editor-conflicts-" + ++projects);
		steps = new ModelEditorSteps(ui, sample);
		window = ui.workbench().windowShell();
		sample.changeOnDisk(this::recordConflict);
	}

	/** What the merge driver leaves: our value in the model, both values in a conflict record of the file. */
	private void recordConflict(Plan plan) {
		ContentItem item = plan.getSchedules().stream().filter(s -> s.getMonth() != null)
				.flatMap(s -> s.getItems().stream()).findFirst().orElseThrow();
		itemId = item.getId();
		item.setTitle("Our title");
		MergeConflict conflict = ParleyFactory.eINSTANCE.createMergeConflict();
		conflict.setId("5d7e3c1a-0000-4000-8000-000000000001");
		conflict.setObjectId(item.getId());
		conflict.setFeatureName("title");
		conflict.setKind(ConflictKind.MODIFY_MODIFY);
		conflict.setBaseValue("Base title");
		conflict.setOursValue("Our title");
		conflict.setTheirsValue("Their title");
		((Schedule) item.eContainer()).getConflicts().add(conflict);
	}

	@AfterEach
	void closeEditorsAndProject() throws CoreException {
		UiThread.run(() -> steps.page().closeAllEditors(false));
		sample.delete();
	}

	@Test
	void showsBothSidesAndKeepsTheirsUndoably() {
		ModelEditor editor = steps.open(sample.file("plan.parley"));
		ContainerHandle<Composite> overview = steps.fields(editor);
		overview.widget(WidgetMatchers.withText("ours: \"Our title\"  /  theirs: \"Their title\""));
		ui.waitUntil("the validation to report the conflict", () -> editor.session().findings().stream()
				.anyMatch(f -> f.ruleId().equals("merge.unresolved-conflict")));
		Screenshots.save("model-editor-merge-conflict");

		overview.button("Keep Theirs").click();

		ui.waitUntil("their title", () -> "Their title".equals(item(editor).getTitle()));
		overview.widget(WidgetMatchers.withText("No merge conflicts."));
		assertThat(((Schedule) item(editor).eContainer()).getConflicts()).isEmpty();
		assertThat(ui.menuTexts(window, "Edit")).contains("Undo Keep Theirs");

		ui.clickMenu(window, "Edit", "Undo Keep Theirs");
		assertThat(item(editor).getTitle()).isEqualTo("Our title");
		assertThat(((Schedule) item(editor).eContainer()).getConflicts()).hasSize(1);
	}

	private ContentItem item(ModelEditor editor) {
		return (ContentItem) editor.session().objectWithId(itemId);
	}
}
