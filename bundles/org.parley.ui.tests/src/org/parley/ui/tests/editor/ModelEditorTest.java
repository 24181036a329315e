package org.parley.ui.tests.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.ContentCategory;
import org.parley.model.ContentItem;
import org.parley.model.Plan;
import org.parley.model.Schedule;
import org.parley.ui.editor.ModelEditor;
import org.parley.ui.editor.internal.ObjectsPage;
import org.parley.ui.testing.ContainerHandle;
import org.parley.ui.testing.Screenshots;
import org.parley.ui.testing.ShellHandle;
import org.parley.ui.testing.TreeHandle;
import org.parley.ui.testing.UiDriver;
import org.parley.ui.testing.UiThread;
import org.parley.ui.testing.WidgetMatchers;
import org.parley.ui.testing.WorkbenchDriver;

/** The model editor, walked through as a user: open a calendar file, edit, undo, save, reload, delete. */
class ModelEditorTest {

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
		sample = SampleWorkspaceProject.create(temp.resolve("sample"), "editor-sample-" + ++projects);
		steps = new ModelEditorSteps(ui, sample);
		window = workbench.windowShell();
	}

	@AfterEach
	void closeEditorsAndProject() throws CoreException {
		UiThread.run(() -> steps.page().closeAllEditors(false));
		sample.delete();
	}

	@Test
	void editsATitleInTheDetailsAndInThePropertiesViewWithNamedUndoAndRedo() throws Exception {
		ModelEditor editor = steps.open(steps.calendarFile());
		// The Properties view shows beside the editor, following the editor's selection, as in the Parley perspective.
		steps.showPropertiesBesideTheEditor();
		ContentItem item = ModelEditorSteps.firstItemOf(editor, steps.calendarFile());
		String original = item.getTitle();
		assertThat(editor.getActivePageInstance().getId()).isEqualTo(ModelEditor.CALENDAR);
		Screenshots.save("model-editor-calendar-opened");

		steps.selectItem(editor, item);
		steps.fields(editor).textWithLabel("Title").setText("Launch teaser").pressKey(SWT.CR);

		assertThat(item.getTitle()).isEqualTo("Launch teaser");
		assertThat(editor.isDirty()).isTrue();
		assertThat(ui.menuTexts(window, "Edit")).contains("Undo Set Title");
		Screenshots.save("model-editor-calendar-details");

		ui.clickMenu(window, "Edit", "Undo Set Title");
		assertThat(item.getTitle()).isEqualTo(original);
		ui.clickMenu(window, "Edit", "Redo Set Title");
		assertThat(item.getTitle()).isEqualTo("Launch teaser");

		TreeHandle properties = steps.propertiesTree();
		ui.waitUntil("the Properties view to show the item's title", () -> UiThread.call(() -> java.util.Arrays
				.stream(properties.widget().getItems()).anyMatch(i -> "Title".equals(i.getText(0))
						&& "Launch teaser".equals(i.getText(1)))));
		properties.clickCell(1, "Title");
		var cellEditor = new ContainerHandle<>(properties.widget(), ui.waiter()).widget(WidgetMatchers.ofType(Text.class));
		new org.parley.ui.testing.WidgetHandle<>((Text) cellEditor.widget()).setText("From the properties").pressKey(SWT.CR);

		ui.waitUntil("the title set from the Properties view", () -> "From the properties".equals(item.getTitle()));
		Screenshots.save("model-editor-properties-view");
		assertThat(ui.menuTexts(window, "Edit")).contains("Undo Set Title");
		ui.clickMenu(window, "Edit", "Undo Set Title");
		assertThat(item.getTitle()).isEqualTo("Launch teaser");
	}

	@Test
	void savingWritesTheFileAndClearsTheDirtyMarker() throws Exception {
		ModelEditor editor = steps.open(steps.calendarFile());
		ContentItem item = ModelEditorSteps.firstItemOf(editor, steps.calendarFile());
		steps.selectItem(editor, item);
		steps.fields(editor).textWithLabel("Title").setText("Saved title").pressKey(SWT.CR);
		assertThat(editor.isDirty()).isTrue();

		ui.waitUntil("File > Save to be enabled", () -> UiThread.call(() -> workbench.window()
				.getService(org.eclipse.ui.commands.ICommandService.class).getCommand("org.eclipse.ui.file.save").isEnabled()));
		ui.clickMenu(window, "File", "Save");

		assertThat(editor.isDirty()).isFalse();
		assertThat(titleOnDisk(item.getId())).isEqualTo("Saved title");
	}

	@Test
	void reloadsSilentlyWhenTheFilesChangeOnDiskAndNothingIsUnsaved() throws Exception {
		ModelEditor editor = steps.open(steps.calendarFile());
		String id = ModelEditorSteps.firstItemOf(editor, steps.calendarFile()).getId();

		sample.changeOnDisk(plan -> itemWithId(plan, id).setTitle("Pulled from Git"));

		ui.waitUntil("the editor to reload the pulled title",
				() -> "Pulled from Git".equals(((ContentItem) editor.session().objectWithId(id)).getTitle()));
		assertThat(editor.isDirty()).isFalse();
	}

	@Test
	void asksBeforeReloadingOverUnsavedChanges() throws Exception {
		ModelEditor editor = steps.open(steps.calendarFile());
		ContentItem item = ModelEditorSteps.firstItemOf(editor, steps.calendarFile());
		String id = item.getId();
		steps.selectItem(editor, item);
		steps.fields(editor).textWithLabel("Title").setText("Mine").pressKey(SWT.CR);

		ui.answerDialog("Model Files Changed on Disk", dialog -> dialog.button("Keep Mine").click(),
				() -> changeOnDisk(id, "Theirs, first"));

		assertThat(editor.isDirty()).isTrue();
		assertThat(((ContentItem) editor.session().objectWithId(id)).getTitle()).isEqualTo("Mine");

		ui.answerDialog("Model Files Changed on Disk", dialog -> dialog.button("Reload and Lose My Changes").click(),
				() -> changeOnDisk(id, "Theirs, again"));

		assertThat(editor.isDirty()).isFalse();
		assertThat(((ContentItem) editor.session().objectWithId(id)).getTitle()).isEqualTo("Theirs, again");
	}

	@Test
	void deletesACategoryAfterConfirmingTheReferencesThatGoWithIt() throws Exception {
		ModelEditor editor = steps.open(sample.file("strategy.parley"));
		assertThat(editor.getActivePageInstance().getId()).isEqualTo(ModelEditor.STRATEGY);
		Plan plan = editor.session().plan();
		ContentCategory category = plan.getStrategy().getContentCategories().stream()
				.filter(c -> itemsOf(plan, c).size() > 0).findFirst().orElseThrow();
		List<ContentItem> users = itemsOf(plan, category);
		Screenshots.save("model-editor-strategy");
		steps.tree(editor).select("Strategy", "Content Category " + category.getName());
		AtomicReference<String> question = new AtomicReference<>();

		ui.answerDialog("Confirm Delete", dialog -> {
			question.set(String.join("\n", dialog.widgets(WidgetMatchers.ofType(Label.class)).stream()
					.map(w -> ((Label) w).getText()).toList()));
			dialog.button("OK").click();
		}, () -> workbench.runCommand("org.eclipse.ui.edit.delete"));

		assertThat(question.get()).contains("Delete Content Category " + category.getName())
				.contains("Content Item " + users.get(0).getTitle() + ": Category");
		assertThat(plan.getStrategy().getContentCategories()).doesNotContain(category);
		assertThat(users).allSatisfy(item -> assertThat(item.getCategory()).isNull());
		assertThat(ui.menuTexts(window, "Edit")).contains("Undo Delete Content Category");
	}

	@Test
	void openingAnotherFileOfTheProjectTurnsTheSameEditorToIt() throws Exception {
		ModelEditor editor = steps.open(steps.calendarFile());

		ModelEditor again = steps.open(sample.file("channels.parley"));

		assertThat(again).isSameAs(editor);
		ui.waitUntil("the Channels page", () -> ModelEditor.CHANNELS.equals(editor.getActivePageInstance().getId()));

		ModelEditor matrix = steps.open(sample.file("matrix.parley"));
		ui.waitUntil("the Matrix page", () -> ModelEditor.MATRIX.equals(matrix.getActivePageInstance().getId()));
		assertThat(matrix).isSameAs(editor);
		// the Matrix page is the conversation matrix (org.parley.ui.matrix), which shows every cell
		var cell = editor.session().plan().getMatrix().getCells().get(0);
		assertThat(UiThread.call(() -> ((org.parley.ui.editor.RevealingPage) editor.getActivePageInstance()).shows(cell)))
				.isTrue();
		Screenshots.save("model-editor-matrix");
	}

	@Test
	void goesToTheObjectOfAProblemMarker() throws Exception {
		ModelEditor editor = steps.open(sample.file("plan.parley"));
		Screenshots.save("model-editor-overview");
		ContentItem item = ModelEditorSteps.firstItemOf(editor, steps.calendarFile());
		IMarker marker = steps.calendarFile().createMarker(IMarker.PROBLEM);
		marker.setAttribute(ModelEditor.URI_ATTRIBUTE, EcoreUtil.getURI(item).toString());

		UiThread.run(() -> IDE.gotoMarker(editor, marker));

		assertThat(editor.getActivePageInstance().getId()).isEqualTo(ModelEditor.CALENDAR);
		assertThat(steps.selectedObject(editor)).isSameAs(item);
		marker.delete();
	}

	@Test
	void namesAFileThatDidNotLoadOnTheOverviewAndShowsTheRest() throws Exception {
		IFile broken = steps.calendarFile();
		UiThread.run(() -> {
			try {
				broken.setContents(new java.io.ByteArrayInputStream("<broken".getBytes()), true, false, null);
			} catch (CoreException e) {
				throw new IllegalStateException(e);
			}
		});

		ModelEditor editor = steps.open(sample.file("plan.parley"));

		steps.fields(editor).widget(WidgetMatchers.of("a line naming " + broken.getName(),
				w -> w instanceof Label label && label.getText().startsWith("  • ")
						&& label.getText().contains(broken.getLocation().toOSString())));
		assertThat(editor.session().plan().getStrategy().getBrands()).isNotEmpty();
	}

	@Test
	void showsTheObjectThatAnotherPartShowsIn() throws Exception {
		ModelEditor editor = steps.open(sample.file("plan.parley"));
		ContentItem item = ModelEditorSteps.firstItemOf(editor, steps.calendarFile());

		boolean shown = UiThread.call(() -> editor.show(new org.eclipse.ui.part.ShowInContext(null,
				new org.eclipse.jface.viewers.StructuredSelection(EcoreUtil.getURI(item)))));

		assertThat(shown).isTrue();
		assertThat(editor.getActivePageInstance().getId()).isEqualTo(ModelEditor.CALENDAR);
		assertThat(steps.selectedObject(editor)).isSameAs(item);
	}

	@Test
	void propertiesOfAModelObjectFromAnotherPartEditTheOpenEditorsObject() throws Exception {
		ModelEditor editor = steps.open(steps.calendarFile());
		ContentItem item = ModelEditorSteps.firstItemOf(editor, steps.calendarFile());
		// What a navigator holds: the same object, loaded on its own.
		ContentItem navigatorObject = itemWithId(sample.onDisk(), item.getId());

		var source = org.eclipse.core.runtime.Platform.getAdapterManager().getAdapter(navigatorObject,
				org.eclipse.ui.views.properties.IPropertySource.class);
		UiThread.run(() -> source.setPropertyValue(propertyId(source, "Title"), "Set from the navigator"));

		assertThat(item.getTitle()).isEqualTo("Set from the navigator");
		assertThat(navigatorObject.getTitle()).isNotEqualTo("Set from the navigator");
		assertThat(editor.isDirty()).isTrue();
		assertThat(ui.menuTexts(window, "Edit")).contains("Undo Set Title");
	}

	private static Object propertyId(org.eclipse.ui.views.properties.IPropertySource source, String name) {
		return java.util.Arrays.stream(source.getPropertyDescriptors()).filter(d -> name.equals(d.getDisplayName()))
				.findFirst().orElseThrow().getId();
	}

	private void changeOnDisk(String id, String title) {
		try {
			sample.changeOnDisk(plan -> itemWithId(plan, id).setTitle(title));
		} catch (IOException | CoreException e) {
			throw new IllegalStateException(e);
		}
	}

	private String titleOnDisk(String id) throws IOException {
		return itemWithId(sample.onDisk(), id).getTitle();
	}

	private static ContentItem itemWithId(Plan plan, String id) {
		return plan.getSchedules().stream().flatMap(s -> s.getItems().stream()).filter(i -> id.equals(i.getId()))
				.findFirst().orElseThrow();
	}

	private static List<ContentItem> itemsOf(Plan plan, ContentCategory category) {
		return plan.getSchedules().stream().flatMap(s -> s.getItems().stream())
				.filter(item -> item.getCategory() == category).toList();
	}
}
