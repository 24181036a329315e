package org.parley.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.ui.ParleyUi;
import org.parley.ui.tests.project.TestProjects;
import org.parley.ui.project.ParleyNature;
import org.parley.ui.project.SampleWorkspace;
import org.parley.ui.testing.Screenshots;
import org.parley.ui.testing.TreeHandle;
import org.parley.ui.testing.UiDriver;
import org.parley.ui.testing.WorkbenchDriver;

class ParleyPerspectiveTest {

	private final UiDriver ui = new UiDriver();
	private final WorkbenchDriver workbench = ui.workbench();

	@BeforeEach
	void startInParleyPerspective() {
		workbench.openPerspective(ParleyUi.PERSPECTIVE_ID);
		workbench.resetPerspective();
	}

	@Test
	void productBrandsTheWorkbenchAsParley() {
		assertThat(Platform.getProduct().getId()).isEqualTo(ParleyUi.PRODUCT_ID);
		assertThat(Platform.getProduct().getName()).isEqualTo("Parley");
		assertThat(workbench.windowShell().title()).endsWith("Parley");
	}

	@Test
	void firstStartGivesTheWindowTheWholeScreen() {
		var shell = workbench.windowShell().widget();
		ui.waitUntil("the workbench window to cover the screen on first start",
				() -> shell.getMaximized() && shell.getBounds().equals(shell.getMonitor().getClientArea()));
	}

	@Test
	void parleyIsTheDefaultPerspective() {
		String defaultId = org.eclipse.ui.PlatformUI.getWorkbench().getPerspectiveRegistry().getDefaultPerspective();
		assertThat(defaultId).isEqualTo(ParleyUi.PERSPECTIVE_ID);
	}

	@Test
	void perspectiveShowsExplorerPropertiesProblemsAndProgress() {
		assertThat(workbench.viewIds()).contains(ParleyUi.PROJECT_EXPLORER_ID, ParleyUi.PROPERTIES_VIEW_ID,
				ParleyUi.PROBLEMS_VIEW_ID, ParleyUi.PROGRESS_VIEW_ID);
	}

	@Test
	void firstStartOpensTheSampleProjectInTheExplorer() {
		IProject sample = ResourcesPlugin.getWorkspace().getRoot().getProject(SampleWorkspace.PROJECT_NAME);
		ui.waitUntil("the sample project to be created on first start", () -> ParleyNature.isParleyProject(sample));

		TreeHandle explorer = TestProjects.explorer(ui);
		explorer.select(SampleWorkspace.PROJECT_NAME, "Strategy");
		explorer.item(SampleWorkspace.PROJECT_NAME, "Calendar");

		assertThat(explorer.itemTexts(SampleWorkspace.PROJECT_NAME)).startsWith("Strategy", "Calendar", "Listening");
		Screenshots.save("first-start-with-the-sample-project");
	}

	@Test
	void showingTheSampleOpensItsPlanInTheModelEditor() {
		IProject sample = ResourcesPlugin.getWorkspace().getRoot().getProject(SampleWorkspace.PROJECT_NAME);
		ui.waitUntil("the sample project to be created on first start", () -> ParleyNature.isParleyProject(sample));
		ui.workbench().window().getActivePage().closeAllEditors(false);

		SampleWorkspace.show(sample);

		ui.waitUntil("the sample's plan to open in the model editor", () -> java.util.Arrays
				.stream(ui.workbench().window().getActivePage().getEditorReferences())
				.anyMatch(editor -> "org.parley.ui.editor.model".equals(editor.getId()) && opens(editor, sample.getFile("plan.parley"))));
		Screenshots.save("sample-plan-in-the-model-editor");
		ui.workbench().window().getActivePage().closeAllEditors(false);
	}

	private static boolean opens(org.eclipse.ui.IEditorReference editor, org.eclipse.core.resources.IFile file) {
		try {
			return editor.getEditorInput() instanceof org.eclipse.ui.IFileEditorInput input && file.equals(input.getFile());
		} catch (org.eclipse.ui.PartInitException e) {
			return false;
		}
	}
}
