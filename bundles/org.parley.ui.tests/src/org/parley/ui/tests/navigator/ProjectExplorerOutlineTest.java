package org.parley.ui.tests.navigator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;

import org.eclipse.core.resources.IProject;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.core.outline.PlanOutline;
import org.parley.ui.ParleyUi;
import org.parley.core.storage.LoadedProject;
import org.parley.core.storage.ProjectStore;
import org.parley.model.ContentItem;
import org.parley.model.Schedule;
import org.parley.ui.tests.project.TestProjects;
import org.parley.ui.testing.TreeHandle;
import org.parley.ui.testing.UiDriver;

/** The Project Explorer shows a Parley project as strategy, calendar and listening, and follows the files. */
class ProjectExplorerOutlineTest {

	private static final String NAME = "outline-sample";
	private static final UiDriver ui = new UiDriver(java.time.Duration.ofSeconds(30));
	private static IProject project;

	@BeforeAll
	static void sampleProject() {
		project = TestProjects.sample(ui, NAME);
	}

	@AfterAll
	static void removeProject() throws Exception {
		TestProjects.waitForJobs(ui);
		TestProjects.delete(project);
	}

	@AfterEach
	void closeEditors() {
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
	}

	@Test
	void expandsCalendarToAMonthsItems() throws Exception {
		ContentItem first = firstItemOfJanuary(new ProjectStore().load(TestProjects.folder(project)));
		TreeHandle explorer = TestProjects.explorer(ui);

		explorer.select(NAME, "Calendar", january(), PlanOutline.itemLabel(first));

		assertThat(explorer.selection()).containsExactly(PlanOutline.itemLabel(first));
		assertThat(explorer.itemTexts(NAME, "Calendar")).first().isEqualTo(january());
	}

	@Test
	void listeningShowsSourcesQueriesAndStoredMentions() {
		TreeHandle explorer = TestProjects.explorer(ui);

		assertThat(explorer.itemTexts(NAME, "Listening")).last()
				.isEqualTo(org.parley.listening.sample.SampleMentions.create().size() + " mentions stored");
		assertThat(explorer.itemTexts(NAME, "Listening").get(0)).startsWith("Sources (");
	}

	@Test
	void propertiesOfASelectedItemEditItInTheOpenEditor() throws Exception {
		ContentItem first = firstItemOfJanuary(new ProjectStore().load(TestProjects.folder(project)));
		TreeHandle explorer = TestProjects.explorer(ui);
		explorer.open(NAME, "Calendar", january(), PlanOutline.itemLabel(first));
		IEditorPart[] editor = new IEditorPart[1];
		ui.waitUntil("the model editor to open", () -> (editor[0] = PlatformUI.getWorkbench().getActiveWorkbenchWindow()
				.getActivePage().getActiveEditor()) != null);

		explorer.select(NAME, "Calendar", january(), PlanOutline.itemLabel(first));
		Object selected = ((org.eclipse.jface.viewers.IStructuredSelection) PlatformUI.getWorkbench()
				.getActiveWorkbenchWindow().getSelectionService().getSelection(ParleyUi.PROJECT_EXPLORER_ID))
				.getFirstElement();
		var properties = org.eclipse.core.runtime.Adapters.adapt(selected, org.eclipse.ui.views.properties.IPropertySource.class);
		Object title = java.util.Arrays.stream(properties.getPropertyDescriptors())
				.filter(d -> "Title".equals(d.getDisplayName())).findFirst().orElseThrow().getId();

		assertThat(properties.getPropertyValue(title)).hasToString(first.getTitle());
		org.parley.ui.testing.UiThread.run(() -> properties.setPropertyValue(title, "Retitled from the explorer"));
		assertThat(editor[0].isDirty()).isTrue();
	}

	@Test
	void doubleClickOpensTheFileThatHoldsTheItem() throws Exception {
		ContentItem first = firstItemOfJanuary(new ProjectStore().load(TestProjects.folder(project)));
		TreeHandle explorer = TestProjects.explorer(ui);

		explorer.open(NAME, "Calendar", january(), PlanOutline.itemLabel(first));

		IEditorPart[] editor = new IEditorPart[1];
		ui.waitUntil("an editor to open", () -> (editor[0] = PlatformUI.getWorkbench().getActiveWorkbenchWindow()
				.getActivePage().getActiveEditor()) != null);
		IFileEditorInput input = (IFileEditorInput) editor[0].getEditorInput();
		assertThat(input.getFile()).isEqualTo(project.getFile("calendar/2027-01.parley"));
	}

	@Test
	void showsATitleChangedOnDiskAfterARefresh() throws Exception {
		ProjectStore store = new ProjectStore();
		LoadedProject loaded = store.load(TestProjects.folder(project));
		ContentItem first = firstItemOfJanuary(loaded);
		TreeHandle explorer = TestProjects.explorer(ui);
		explorer.item(NAME, "Calendar", january(), PlanOutline.itemLabel(first));

		first.setTitle("Renamed on disk");
		store.save(loaded);
		TestProjects.refresh(project);

		explorer.item(NAME, "Calendar", january(), PlanOutline.itemLabel(first));
		assertThat(PlanOutline.itemLabel(first)).endsWith("Renamed on disk");
	}

	private String january() throws Exception {
		Schedule schedule = new ProjectStore().load(TestProjects.folder(project)).plan().getSchedules().stream()
				.filter(s -> "2027-01".equals(s.getMonth())).findFirst().orElseThrow();
		return "January 2027 (" + schedule.getItems().size() + ")";
	}

	private static ContentItem firstItemOfJanuary(LoadedProject loaded) {
		return loaded.plan().getSchedules().stream().filter(s -> "2027-01".equals(s.getMonth())).findFirst()
				.orElseThrow().getItems().stream()
				.min(Comparator.comparing(ContentItem::getScheduledAt).thenComparing(ContentItem::getTitle))
				.orElseThrow();
	}
}
