package org.parley.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.ui.ParleyUi;
import org.parley.ui.testing.UiDriver;
import org.parley.ui.testing.WorkbenchDriver;

class ShowParleyPerspectiveCommandTest {

	private static final String RESOURCE_PERSPECTIVE = "org.eclipse.ui.resourcePerspective";

	private final UiDriver ui = new UiDriver();
	private final WorkbenchDriver workbench = ui.workbench();

	@BeforeEach
	void leaveParleyPerspective() {
		workbench.openPerspective(RESOURCE_PERSPECTIVE);
		assertThat(workbench.activePerspectiveId()).isEqualTo(RESOURCE_PERSPECTIVE);
	}

	@AfterEach
	void backToParley() {
		workbench.openPerspective(ParleyUi.PERSPECTIVE_ID);
	}

	@Test
	void commandRunByIdSwitchesToParleyPerspective() {
		workbench.runCommand(ParleyUi.SHOW_PERSPECTIVE_COMMAND_ID);

		assertThat(workbench.activePerspectiveId()).isEqualTo(ParleyUi.PERSPECTIVE_ID);
	}

	@Test
	void windowMenuItemSwitchesToParleyPerspective() {
		ui.clickMenu(workbench.windowShell(), "Window", "Show Parley Perspective");

		ui.waitUntil("the Parley perspective", () -> ParleyUi.PERSPECTIVE_ID.equals(workbench.activePerspectiveId()));
	}
}
