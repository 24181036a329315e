package org.parley.ui.tests.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.SWT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Brand;
import org.parley.model.ContentItem;
import org.parley.model.Strategy;
import org.parley.ui.editor.ModelEditor;
import org.parley.ui.testing.Screenshots;
import org.parley.ui.testing.ShellHandle;
import org.parley.ui.testing.UiDriver;
import org.parley.ui.testing.UiThread;
import org.parley.ui.testing.WorkbenchDriver;

/** Copy and paste, inline findings and revert in the model editor, as a user reaches them. */
class ModelEditorCommandsTest {

	private static int projects;

	@TempDir
	Path temp;

	private final UiDriver ui = new UiDriver(Duration.ofSeconds(20));
	private final WorkbenchDriver workbench = ui.workbench();
	private SampleWorkspaceProject sample;
	private ModelEditorSteps steps;
	private ShellHandle window;

	@BeforeEach
	void sampleProjectInTheWorkspace() throws Exception {
		sample = SampleWorkspaceProject.create(temp.resolve("sample"), "editor-commands-" + ++projects);
		steps = new ModelEditorSteps(ui, sample);
		window = workbench.windowShell();
	}

	@AfterEach
	void closeEditorsAndProject() throws CoreException {
		UiThread.run(() -> steps.page().closeAllEditors(false));
		sample.delete();
	}

	@Test
	void copiesABrandAndPastesItIntoTheStrategy() {
		ModelEditor editor = steps.open(sample.file("strategy.parley"));
		Strategy strategy = editor.session().plan().getStrategy();
		Brand brand = strategy.getBrands().get(1);
		int brands = strategy.getBrands().size();

		steps.tree(editor).select("Strategy", "Brand " + brand.getName());
		ui.clickMenu(window, "Edit", "Copy");
		steps.tree(editor).select("Strategy");
		ui.clickMenu(window, "Edit", "Paste");

		assertThat(strategy.getBrands()).hasSize(brands + 1);
		Brand copy = strategy.getBrands().get(brands);
		assertThat(copy.getName()).isEqualTo(brand.getName());
		assertThat(copy.getId()).isNotEqualTo(brand.getId());
		assertThat(ui.menuTexts(window, "Edit")).contains("Undo Paste");
	}

	@Test
	void createsATopicFromTheContextMenuAndNamesIt() {
		ModelEditor editor = steps.open(sample.file("strategy.parley"));
		Strategy strategy = editor.session().plan().getStrategy();
		int topics = strategy.getTopics().size();
		var tree = steps.tree(editor).select("Strategy");

		tree.clickContextMenu("New", "Topic");

		assertThat(strategy.getTopics()).hasSize(topics + 1);
		steps.fields(editor).textWithLabel("Name").setText("Roaming").pressKey(SWT.CR);
		assertThat(strategy.getTopics().get(topics).getName()).isEqualTo("Roaming");
		assertThat(strategy.getTopics().get(topics).getId()).isNotBlank();
		ui.waitUntil("the tree to show the new name", () -> tree.itemTexts("Strategy").contains("Topic Roaming"));
		Screenshots.save("model-editor-new-topic");
		assertThat(ui.menuTexts(window, "Edit")).contains("Undo Set Name");
	}

	@Test
	void showsTheFindingsOfTheSelectedObjectInThePageHeader() throws Exception {
		ModelEditor editor = steps.open(steps.calendarFile());
		ContentItem item = ModelEditorSteps.firstItemOf(editor, steps.calendarFile());
		steps.selectItem(editor, item);
		assertThat(steps.headerMessage(editor)).isNull();

		steps.fields(editor).comboWithLabel("Category").selectItem("");

		assertThat(item.getCategory()).isNull();
		ui.waitUntil("the page header to name the missing category",
				() -> String.valueOf(steps.headerMessage(editor)).contains("the item has no content category"));
		Screenshots.save("model-editor-finding-in-header");
		steps.fields(editor).comboWithLabel("Category").selectItem("Content Category Learn & improve");
		ui.waitUntil("the finding to go", () -> steps.headerMessage(editor) == null);
	}

	@Test
	void refusesTextThatIsNotANumberAndSaysWhy() throws Exception {
		ModelEditor editor = steps.open(steps.calendarFile());
		ContentItem item = ModelEditorSteps.firstItemOf(editor, steps.calendarFile());
		int minutes = item.getDurationMinutes();
		steps.selectItem(editor, item);

		steps.fields(editor).textWithLabel("Duration Minutes").setText("an hour").pressKey(SWT.CR);

		assertThat(item.getDurationMinutes()).isEqualTo(minutes);
		assertThat(editor.isDirty()).isFalse();
		ui.waitUntil("the page header to say why", () -> String.valueOf(steps.headerMessage(editor))
				.contains("\"an hour\" is not a whole number"));

		steps.fields(editor).textWithLabel("Duration Minutes").setText("45").pressKey(SWT.CR);
		assertThat(item.getDurationMinutes()).isEqualTo(45);
	}

	@Test
	void revertDropsTheUnsavedChanges() throws Exception {
		ModelEditor editor = steps.open(steps.calendarFile());
		ContentItem item = ModelEditorSteps.firstItemOf(editor, steps.calendarFile());
		String id = item.getId();
		String original = item.getTitle();
		steps.selectItem(editor, item);
		steps.fields(editor).textWithLabel("Title").setText("Not wanted").pressKey(SWT.CR);

		ui.clickMenu(window, "File", "Revert");

		assertThat(editor.isDirty()).isFalse();
		assertThat(((ContentItem) editor.session().objectWithId(id)).getTitle()).isEqualTo(original);
	}
}
