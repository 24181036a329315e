package org.parley.ui.tests.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.layer.cell.ILayerCell;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.sample.SampleProject;
import org.parley.listening.sample.SampleMentions;
import org.parley.model.ConversationCell;
import org.parley.representation.matrix.HeatKind;
import org.parley.representation.matrix.MatrixCell;
import org.parley.representation.matrix.MatrixDrawing;
import org.parley.representation.matrix.MatrixView;
import org.parley.ui.editor.ModelEditor;
import org.parley.ui.matrix.MatrixPage;
import org.parley.ui.testing.ContainerHandle;
import org.parley.ui.testing.Screenshots;
import org.parley.ui.testing.ShellHandle;
import org.parley.ui.testing.UiDriver;
import org.parley.ui.testing.UiThread;
import org.parley.ui.testing.WidgetHandle;
import org.parley.ui.testing.WorkbenchDriver;
import org.parley.ui.tests.editor.SampleWorkspaceProject;
import org.w3c.dom.Document;

/** The matrix page of the model editor on the sample with its mentions, walked through as a strategist. */
class MatrixEditorTest {

	private static int projects;

	@TempDir
	Path temp;

	private final UiDriver ui = new UiDriver(Duration.ofSeconds(30));
	private final WorkbenchDriver workbench = ui.workbench();
	private SampleWorkspaceProject sample;
	private ShellHandle window;

	@BeforeEach
	void sampleWithMentionsInTheWorkspace() throws Exception {
		// the first start's sample opens its own editor when written: let that happen before ours opens
		org.eclipse.core.runtime.jobs.Job.getJobManager().join(org.parley.ui.project.SampleWorkspace.FAMILY, null);
		UiThread.run(() -> {
			while (UiThread.display().readAndDispatch()) {
				// run the pending opening of the sample's editor
			}
		});
		sample = SampleWorkspaceProject.create(temp.resolve("sample"), "matrix-sample-" + ++projects);
		SampleMentions.addTo(sample.folder(), SampleProject.create());
		sample.file("plan.parley").getProject().refreshLocal(IResource.DEPTH_INFINITE, null);
		window = workbench.windowShell();
	}

	@AfterEach
	void closeEditorsAndProject() throws CoreException {
		UiThread.run(() -> page().closeAllEditors(false));
		sample.delete();
	}

	@Test
	void opensTheSampleMatrixShowsHeatAndExportsWhatItShows() throws Exception {
		ModelEditor editor = openMatrix();
		MatrixPage matrix = matrixPage(editor);
		MatrixView shown = UiThread.call(() -> matrix.grid().view());
		assertThat(shown.rows()).hasSize(editor.session().plan().getStrategy().getTeams().size());
		assertThat(shown.columns()).hasSize(editor.session().plan().getStrategy().getCustomerGroups().size());
		assertThat(shown.gapCount()).isPositive();
		Screenshots.save("matrix-sample-opened");

		controls(editor).comboWithLabel("Heat:").selectItem("Negative rate");

		assertThat(UiThread.call(() -> matrix.settings().heat())).isEqualTo(HeatKind.NEGATIVE);
		MatrixView hot = UiThread.call(() -> matrix.grid().view());
		assertThat(hot.legend()).extracting(e -> e.text()).contains("at the cell's KPI threshold");
		assertThat(maxHeat(hot)).as("some cell's negative rate shows").isPositive();
		assertThat(UiThread.call(matrix::statusText)).doesNotContain("No mentions");
		Screenshots.save("matrix-sample-negative-heat");

		Path png = temp.resolve("matrix.png");
		Path svg = temp.resolve("matrix.svg");
		UiThread.run(() -> {
			try {
				matrix.export(png);
				matrix.export(svg);
			} catch (java.io.IOException e) {
				throw new IllegalStateException(e);
			}
		});
		var drawing = MatrixDrawing.draw(hot);
		ImageData image = new ImageLoader().load(png.toString())[0];
		assertThat(image.width).isEqualTo((int) Math.ceil(drawing.width()));
		assertThat(image.height).isEqualTo((int) Math.ceil(drawing.height()));
		assertThat(colours(image)).as("distinct colours in the PNG").isGreaterThan(5);
		Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
				.parse(new ByteArrayInputStream(Files.readAllBytes(svg)));
		assertThat(document.getDocumentElement().getAttribute("width"))
				.isEqualTo(String.valueOf((long) drawing.width()));
	}

	@Test
	void aClickOnAGapAddsACellThatTheDetailsEditAndUndoTakesBack() throws Exception {
		ModelEditor editor = openMatrix();
		MatrixPage matrix = matrixPage(editor);
		int cellsBefore = editor.session().plan().getMatrix().getCells().size();
		NatTable table = UiThread.call(() -> matrix.grid().table());
		Rectangle gap = UiThread.call(() -> firstVisibleGap(table));
		assertThat(gap).as("a gap on screen").isNotNull();
		MatrixCell place = UiThread.call(() -> (MatrixCell) table.getCellByPosition(table.getColumnPositionByX(gap.x + 5),
				table.getRowPositionByY(gap.y + 5)).getDataValue());

		new WidgetHandle<>(table).clickAt(gap.x + gap.width / 2, gap.y + gap.height / 2);

		assertThat(editor.session().plan().getMatrix().getCells()).hasSize(cellsBefore + 1);
		ConversationCell added = (ConversationCell) UiThread.call(matrix::selected);
		assertThat(added.getTeam()).isSameAs(place.team());
		assertThat(added.getCustomerGroup()).isSameAs(place.group());
		assertThat(UiThread.call(() -> matrix.grid().view().positionOf(added))).isNotNull();
		assertThat(ui.menuTexts(window, "Edit")).anyMatch(t -> t.startsWith("Undo Add Cell"));

		controls(editor).textWithLabel("Tone").setText("Friendly, brief").pressKey(SWT.CR);

		assertThat(added.getTone()).isEqualTo("Friendly, brief");
		int[] at = UiThread.call(() -> matrix.grid().view().positionOf(added));
		assertThat(UiThread.call(() -> matrix.grid().view().cell(at[0], at[1]).lines())).contains("Tone: Friendly, brief");
		Screenshots.save("matrix-cell-added-and-edited");

		ui.clickMenu(window, "Edit", "Undo Set Tone");
		assertThat(added.getTone()).isNull();
		ui.waitUntil("the undone add", () -> ui.menuTexts(window, "Edit").stream().anyMatch(t -> t.startsWith("Undo Add Cell")));
		String undoAdd = ui.menuTexts(window, "Edit").stream().filter(t -> t.startsWith("Undo Add Cell")).findFirst()
				.orElseThrow();
		ui.clickMenu(window, "Edit", undoAdd);
		assertThat(editor.session().plan().getMatrix().getCells()).hasSize(cellsBefore);
		assertThat(UiThread.call(() -> matrix.grid().view().gapCount())).isEqualTo(
				UiThread.call(() -> MatrixView.build(editor.session().plan(),
						org.parley.representation.matrix.MatrixFigures.EMPTY, matrix.settings()).gapCount()));
		assertThat(UiThread.call(() -> matrix.grid().view().cell(0, 0))).isNotNull();
	}

	@Test
	void swappingAxesPutsCustomerGroupsInRows() {
		ModelEditor editor = openMatrix();
		MatrixPage matrix = matrixPage(editor);

		controls(editor).button("Swap Axes").click();

		MatrixView view = UiThread.call(() -> matrix.grid().view());
		assertThat(view.settings().swapped()).isTrue();
		assertThat(view.rows()).hasSize(editor.session().plan().getStrategy().getCustomerGroups().size());
		Screenshots.save("matrix-swapped");
	}

	private ModelEditor openMatrix() {
		ModelEditor editor = UiThread.call(() -> {
			try {
				return (ModelEditor) IDE.openEditor(page(), sample.file("matrix.parley"));
			} catch (PartInitException e) {
				throw new IllegalStateException(e);
			}
		});
		UiThread.run(() -> {
			window.widget().setMaximized(true);
			page().activate(editor);
		});
		return editor;
	}

	private MatrixPage matrixPage(ModelEditor editor) {
		assertThat(UiThread.call(() -> editor.getActivePageInstance())).isInstanceOf(MatrixPage.class);
		MatrixPage matrix = (MatrixPage) UiThread.call(() -> editor.getActivePageInstance());
		ui.waitUntil("the matrix's listening figures", () -> UiThread.call(matrix::figuresRead));
		return matrix;
	}

	private ContainerHandle<Composite> controls(ModelEditor editor) {
		return new ContainerHandle<>((Composite) UiThread.call(() -> editor.getActivePageInstance().getPartControl()),
				ui.waiter());
	}

	private IWorkbenchPage page() {
		return workbench.window().getActivePage();
	}

	private static double maxHeat(MatrixView view) {
		double max = 0;
		for (int r = 0; r < view.rows().size(); r++) {
			for (int c = 0; c < view.columns().size(); c++) {
				max = Math.max(max, view.cell(r, c).heat());
			}
		}
		return max;
	}

	/** The bounds of the first gap that shows whole in the table, or null. */
	private static Rectangle firstVisibleGap(NatTable table) {
		Rectangle area = table.getClientArea();
		for (int row = 1; row < table.getRowCount(); row++) {
			for (int column = 1; column < table.getColumnCount(); column++) {
				ILayerCell cell = table.getCellByPosition(column, row);
				if (cell != null && cell.getDataValue() instanceof MatrixCell place && place.isGap()
						&& area.contains(cell.getBounds().x + cell.getBounds().width - 1,
								cell.getBounds().y + cell.getBounds().height - 1)) {
					return cell.getBounds();
				}
			}
		}
		return null;
	}

	private static int colours(ImageData image) {
		Set<Integer> seen = new HashSet<>();
		for (int y = 0; y < image.height; y += 7) {
			for (int x = 0; x < image.width; x += 7) {
				seen.add(image.getPixel(x, y));
			}
		}
		return seen.size();
	}
}
