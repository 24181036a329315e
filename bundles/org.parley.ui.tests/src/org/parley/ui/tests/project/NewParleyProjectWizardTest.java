package org.parley.ui.tests.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.core.sample.SampleProject;
import org.parley.core.storage.ProjectStore;
import org.parley.ui.ParleyUi;
import org.parley.ui.project.ParleyNature;
import org.parley.ui.testing.ShellHandle;
import org.parley.ui.testing.TreeHandle;
import org.parley.ui.testing.UiDriver;
import org.parley.ui.testing.WorkbenchDriver;

/** File > New > Parley Project, reached through the Parley menu, as a user creates a project. */
class NewParleyProjectWizardTest {

	private final UiDriver ui = new UiDriver(java.time.Duration.ofSeconds(30));
	private final WorkbenchDriver workbench = ui.workbench();
	private IProject project;

	@BeforeEach
	void parleyPerspective() {
		workbench.openPerspective(ParleyUi.PERSPECTIVE_ID);
	}

	@AfterEach
	void removeProject() throws Exception {
		TestProjects.waitForJobs(ui);
		TestProjects.delete(project);
	}

	@Test
	void createsAProjectFromTheSampleWithTheParleyNature() throws Exception {
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("wizard-sample");

		ui.withDialog(() -> ui.clickMenu(workbench.windowShell(), "Parley", "New Parley Project..."), () -> {
			ShellHandle wizard = ui.shell("New Parley Project");
			wizard.textWithLabel("Project name:").type("wizard-sample");
			wizard.button("The sample plan (giffgaff, a quarter of content, listening sources)").click();
			wizard.button("Finish").click();
		});


		assertThat(ParleyNature.isParleyProject(project)).isTrue();
		Path folder = TestProjects.folder(project);
		assertThat(Files.readString(folder.resolve(".project"))).contains(ParleyNature.ID);
		assertThat(project.getDefaultCharset(false)).as("model files are UTF-8").isEqualTo("UTF-8");
		assertThat(new ProjectStore().load(folder).plan().getName()).isEqualTo(SampleProject.create().getName());
		TreeHandle explorer = TestProjects.explorer(ui);
		assertThat(explorer.itemTexts("wizard-sample", "Strategy")).contains(
				"Teams (" + SampleProject.create().getStrategy().getTeams().size() + ")");
	}

	@Test
	void createsAnEmptyPlanNamedAfterTheProject() throws Exception {
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("wizard-empty");

		ui.withDialog(() -> ui.clickMenu(workbench.windowShell(), "Parley", "New Parley Project..."), () -> {
			ShellHandle wizard = ui.shell("New Parley Project");
			wizard.textWithLabel("Project name:").type("wizard-empty");
			wizard.button("Finish").click();
		});

		var plan = new ProjectStore().load(TestProjects.folder(project)).plan();
		assertThat(plan.getName()).isEqualTo("wizard-empty");
		assertThat(plan.getSchedules()).isEmpty();
		TreeHandle explorer = TestProjects.explorer(ui);
		explorer.item("wizard-empty", "Strategy");
		assertThat(explorer.itemTexts("wizard-empty")).startsWith("Strategy", "Calendar", "Listening");
	}
}
