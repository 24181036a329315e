package org.parley.ui.tests.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.sample.LargeProjectGenerator;
import org.parley.model.ConversationCell;
import org.parley.representation.draw.Box;
import org.parley.ui.editor.ModelEditor;
import org.parley.ui.matrix.map.MapPage;
import org.parley.ui.testing.Screenshots;
import org.parley.ui.testing.UiDriver;
import org.parley.ui.testing.UiThread;
import org.parley.ui.tests.editor.SampleWorkspaceProject;

/** The map of a strategy with 2,500 cells: laid out in the background, then painted, selectable and zoomable. */
class LargeMapTest {

	@TempDir
	Path temp;

	private final UiDriver ui = new UiDriver(Duration.ofSeconds(60));
	private SampleWorkspaceProject project;

	@AfterEach
	void closeEditorAndProject() throws Exception {
		UiThread.run(() -> page().closeAllEditors(false));
		if (project != null) {
			project.delete();
		}
	}

	@Test
	void aStrategyOf2500CellsIsLaidOutInTheBackgroundAndCanBeUsed() throws Exception {
		project = SampleWorkspaceProject.create(temp.resolve("large"), "map-large",
				LargeProjectGenerator.generate(2500, 0, 1, 7L));
		ModelEditor editor = UiThread.call(() -> {
			try {
				return (ModelEditor) IDE.openEditor(page(), project.file("strategy.parley"));
			} catch (PartInitException e) {
				throw new IllegalStateException(e);
			}
		});
		UiThread.run(() -> editor.setActivePage(MapPage.ID));
		MapPage map = UiThread.call(() -> (MapPage) editor.getActivePageInstance());

		ui.waitUntil("the large map is laid out", () -> UiThread.call(() -> map.canvas().drawing() != null));

		long cells = UiThread.call(() -> map.canvas().drawing().shapes().stream()
				.filter(s -> s instanceof Box box && box.ref() != null).count());
		assertThat(cells).isEqualTo(editor.session().plan().getStrategy().getTeams().size()
				+ editor.session().plan().getStrategy().getCustomerGroups().size()
				+ editor.session().plan().getStrategy().getTopics().size()
				+ editor.session().plan().getChannels().getChannels().size() + 2500);
		ConversationCell cell = editor.session().plan().getMatrix().getCells().get(0);
		Rectangle box = UiThread.call(() -> map.canvas().boundsOf(cell.getId()));
		UiThread.run(() -> {
			page().activate(editor);
			Event event = new Event();
			event.button = 1;
			event.x = box.x + box.width / 2;
			event.y = box.y + box.height / 2;
			map.canvas().control().notifyListeners(SWT.MouseDown, event);
		});
		assertThat(UiThread.call(() -> ((IStructuredSelection) editor.getSite().getSelectionProvider().getSelection())
				.getFirstElement())).isSameAs(cell);
		Screenshots.save("map-2500-cells");
		UiThread.run(() -> map.canvas().fit());
		assertThat(UiThread.call(() -> map.canvas().zoom())).isLessThan(0.05);
		Screenshots.save("map-2500-cells-fit");
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}
}
