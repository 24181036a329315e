package org.parley.ui.tests.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.ConversationCell;
import org.parley.model.Team;
import org.parley.representation.map.MapDrawing;
import org.parley.representation.map.NodeKind;
import org.parley.ui.editor.ModelEditor;
import org.parley.ui.matrix.map.MapCanvas;
import org.parley.ui.matrix.map.MapPage;
import org.parley.ui.testing.Screenshots;
import org.parley.ui.testing.UiDriver;
import org.parley.ui.testing.UiThread;
import org.parley.ui.tests.editor.SampleWorkspaceProject;

/** The strategy map page on the sample project: painted nodes, selection, editing, zoom, export. */
class MapPageTest {

	private static int projects;

	@TempDir
	Path temp;

	private final UiDriver ui = new UiDriver(Duration.ofSeconds(20));
	private SampleWorkspaceProject sample;
	private ModelEditor editor;
	private MapPage map;

	@BeforeEach
	void openTheSamplesMap() throws Exception {
		sample = SampleWorkspaceProject.create(temp.resolve("sample"), "map-sample-" + ++projects);
		editor = UiThread.call(() -> {
			try {
				return (ModelEditor) IDE.openEditor(page(), sample.file("strategy.parley"));
			} catch (PartInitException e) {
				throw new IllegalStateException(e);
			}
		});
		UiThread.run(() -> {
			// The workbench's first start may open the sample of its own workspace after ours: show ours.
			page().activate(editor);
			editor.setActivePage(MapPage.ID);
		});
		map = UiThread.call(() -> (MapPage) editor.getActivePageInstance());
		ui.waitUntil("the map is laid out", () -> UiThread.call(() -> map.canvas() != null
				&& map.canvas().drawing() != null && map.canvas().paints() > 0));
	}

	@AfterEach
	void closeEditorAndProject() throws Exception {
		UiThread.run(() -> page().closeAllEditors(false));
		sample.delete();
	}

	@Test
	void theMapComesAfterTheMatrixAndPaintsEveryTeamInItsColour() {
		assertThat(UiThread.call(() -> editor.findPage(MapPage.ID).getIndex()))
				.isEqualTo(UiThread.call(() -> editor.findPage(ModelEditor.MATRIX).getIndex()) + 1);
		UiThread.run(() -> page().activate(editor));
		Screenshots.save("map-sample");
		for (Team team : editor.session().plan().getStrategy().getTeams()) {
			Rectangle box = UiThread.call(() -> map.canvas().boundsOf(team.getId()));
			assertThat(box).as(team.getName()).isNotNull();
			if (UiThread.call(() -> map.canvas().control().getClientArea().contains(box.x + 4, box.y + box.height / 2))) {
				// Left of the label, inside the box's border: the team colour as painted on screen.
				assertThat(pixel(box.x + 4, box.y + box.height / 2)).as(team.getName())
						.isEqualTo(new RGB(NodeKind.TEAM.fill().red(), NodeKind.TEAM.fill().green(),
								NodeKind.TEAM.fill().blue()));
			}
		}
	}

	@Test
	void clickingACellSelectsItForTheEditorAndShowsItsDetails() {
		ConversationCell cell = editor.session().plan().getMatrix().getCells().get(0);
		Rectangle box = UiThread.call(() -> map.canvas().boundsOf(cell.getId()));

		mouse(SWT.MouseDown, box.x + box.width / 2, box.y + box.height / 2, 0);
		mouse(SWT.MouseUp, box.x + box.width / 2, box.y + box.height / 2, 0);

		assertThat(UiThread.call(() -> map.canvas().selected())).isEqualTo(cell.getId());
		assertThat(editorSelection()).isSameAs(cell);
		assertThat(UiThread.call(map::detailsShown)).isSameAs(cell);
	}

	@Test
	void clickingTheBackgroundClearsTheSelection() {
		Team team = editor.session().plan().getStrategy().getTeams().get(0);
		UiThread.run(() -> map.select(team));

		mouse(SWT.MouseDown, 2, 2, 0);

		assertThat(UiThread.call(() -> map.canvas().selected())).isNull();
		assertThat(UiThread.call(() -> editor.getSite().getSelectionProvider().getSelection().isEmpty())).isTrue();
	}

	@Test
	void doubleClickingATeamOpensItsFieldsForEditing() {
		Team team = editor.session().plan().getStrategy().getTeams().get(1);
		Rectangle box = UiThread.call(() -> map.canvas().boundsOf(team.getId()));

		mouse(SWT.MouseDoubleClick, box.x + 5, box.y + 5, 0);

		assertThat(UiThread.call(map::detailsShown)).isSameAs(team);
	}

	@Test
	void ctrlWheelZoomsInAroundThePointerAndFitShowsTheWholeMap() {
		MapCanvas canvas = map.canvas();
		double before = UiThread.call(canvas::zoom);

		mouse(SWT.MouseVerticalWheel, 100, 100, SWT.MOD1, 3);

		double after = UiThread.call(canvas::zoom);
		assertThat(after).isGreaterThan(before);
		UiThread.run(canvas::fit);
		Rectangle area = UiThread.call(() -> canvas.control().getClientArea());
		assertThat(UiThread.call(canvas::drawing).height() * UiThread.call(canvas::zoom)).isLessThanOrEqualTo(area.height + 1);
	}

	@Test
	void exportsThePictureOnScreenAsPngAndSvg() throws Exception {
		Path png = temp.resolve("map.png"), svg = temp.resolve("map.svg");

		UiThread.call(() -> {
			map.export(png);
			map.export(svg);
			return null;
		});

		var drawing = UiThread.call(map.canvas()::drawing);
		ImageData data = new ImageLoader().load(Files.newInputStream(png))[0];
		double zoom = MapDrawing.pictureZoom(drawing, 1);
		assertThat(data.width).isEqualTo((int) Math.ceil(drawing.width() * zoom));
		assertThat(data.height).isEqualTo((int) Math.ceil(drawing.height() * zoom));
		Team team = editor.session().plan().getStrategy().getTeams().get(0);
		assertThat(Files.readString(svg)).contains("data-ref=\"" + team.getId() + "\"");
	}

	@Test
	void aCellSelectedOnTheMatrixPageIsSelectedOnTheMap() {
		ConversationCell cell = editor.session().plan().getMatrix().getCells().get(2);
		UiThread.run(() -> editor.setActivePage(ModelEditor.MATRIX));
		UiThread.run(() -> editor.reveal(cell));
		assertThat(editorSelection()).as("the matrix page publishes its selection").isSameAs(cell);

		UiThread.run(() -> editor.setActivePage(MapPage.ID));

		assertThat(UiThread.call(() -> map.canvas().selected())).isEqualTo(cell.getId());
		UiThread.run(() -> page().activate(editor));
		Screenshots.save("map-selection-from-matrix");
	}

	@Test
	void focusingOnATeamLeavesOnlyItsCells() {
		Team team = editor.session().plan().getStrategy().getTeams().get(0);
		UiThread.run(() -> map.select(team));

		UiThread.run(() -> map.focusOnSelection(true));

		long cellsOfTeam = editor.session().plan().getMatrix().getCells().stream().filter(c -> c.getTeam() == team)
				.count();
		for (ConversationCell cell : editor.session().plan().getMatrix().getCells()) {
			assertThat(UiThread.call(() -> map.canvas().drawing().boxOf(cell.getId()) != null))
					.isEqualTo(cell.getTeam() == team);
		}
		assertThat(cellsOfTeam).isPositive();
		UiThread.run(() -> map.focusOnSelection(false));
		assertThat(UiThread.call(() -> map.canvas().drawing().boxOf(
				editor.session().plan().getMatrix().getCells().stream().filter(c -> c.getTeam() != team).findFirst()
						.orElseThrow().getId()))).isNotNull();
	}

	@Test
	void aRenamedTeamIsRelabelledOnTheMap() {
		Team team = editor.session().plan().getStrategy().getTeams().get(0);

		UiThread.run(() -> editor.session().domain().getCommandStack().execute(
				editor.session().commands().set(team, org.parley.model.ParleyPackage.Literals.NAMED__NAME, "Care")));

		assertThat(UiThread.call(() -> map.canvas().drawing().shapes().stream()
				.anyMatch(s -> s instanceof org.parley.representation.draw.Label l && l.text().equals("Care")))).isTrue();
	}

	@Test
	void aChangeMadeOnAnotherPageShowsWhenTheMapComesBack() {
		Team team = editor.session().plan().getStrategy().getTeams().get(1);
		UiThread.run(() -> editor.setActivePage(ModelEditor.STRATEGY));

		UiThread.run(() -> editor.session().domain().getCommandStack().execute(
				editor.session().commands().set(team, org.parley.model.ParleyPackage.Literals.NAMED__NAME, "Care team")));
		UiThread.run(() -> editor.setActivePage(MapPage.ID));

		assertThat(UiThread.call(() -> map.canvas().drawing().shapes().stream()
				.anyMatch(s -> s instanceof org.parley.representation.draw.Label l && l.text().equals("Care team"))))
				.isTrue();
	}

	private Object editorSelection() {
		return UiThread.call(() -> ((IStructuredSelection) editor.getSite().getSelectionProvider().getSelection())
				.getFirstElement());
	}

	private void mouse(int type, int x, int y, int stateMask) {
		mouse(type, x, y, stateMask, 0);
	}

	private void mouse(int type, int x, int y, int stateMask, int count) {
		UiThread.run(() -> {
			Event event = new Event();
			event.button = type == SWT.MouseVerticalWheel ? 0 : 1;
			event.x = x;
			event.y = y;
			event.stateMask = stateMask;
			event.count = count;
			map.canvas().control().notifyListeners(type, event);
		});
	}

	private RGB pixel(int x, int y) {
		return UiThread.call(() -> {
			// What is on screen: our editor's map in front, whatever else the workbench opened meanwhile.
			page().activate(editor);
			editor.setActivePage(MapPage.ID);
			map.canvas().control().update();
			Rectangle area = map.canvas().control().getClientArea();
			Image image = new Image(map.canvas().control().getDisplay(), area.width, area.height);
			GC gc = new GC(map.canvas().control());
			try {
				gc.copyArea(image, 0, 0);
				ImageData data = image.getImageData();
				return data.palette.getRGB(data.getPixel(x, y));
			} finally {
				gc.dispose();
				image.dispose();
			}
		});
	}

	private static IWorkbenchPage page() {
		return org.eclipse.ui.PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}
}
