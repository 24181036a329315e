package org.parley.ui.matrix.map;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.parley.model.Identified;
import org.parley.model.Plan;
import org.parley.representation.draw.Drawing;
import org.parley.representation.draw.SvgWriter;
import org.parley.representation.map.MapDrawing;
import org.parley.representation.map.MapLayout;
import org.parley.representation.map.MapSettings;
import org.parley.representation.map.NodeKind;
import org.parley.representation.map.StrategyGraph;
import org.parley.ui.draw.DrawingImages;
import org.parley.ui.editor.ModelEditor;
import org.parley.ui.editor.RevealingPage;
import org.parley.ui.editor.SessionPage;
import org.parley.ui.editor.internal.DetailsPart;

/**
 * The strategy map page of the model editor: teams, cells, customer groups, topics and channels as a diagram on a
 * {@link MapCanvas}, the selected object's fields beside it. Clicking a node selects its object for the whole editor
 * (Properties, other pages); double-clicking opens its fields for editing. The map is laid out again after every
 * change, in a background job when the strategy is large.
 */
public final class MapPage extends FormPage implements SessionPage, RevealingPage {

	public static final String ID = "map";
	/** Above this many nodes the layout runs in a job, so the editor stays responsive. */
	static final int BACKGROUND_LIMIT = 300;

	private final ModelEditor editor;
	private MapCanvas canvas;
	private DetailsPart details;
	private Section detailsSection;
	private MapSettings settings = MapSettings.ALL;
	private StrategyGraph graph;
	private int generation;
	private boolean laidOut;
	private boolean stale;
	private Action focusAction;

	public MapPage(ModelEditor editor) {
		super(editor, ID, "Map");
		this.editor = editor;
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		ScrolledForm form = managedForm.getForm();
		FormToolkit toolkit = managedForm.getToolkit();
		form.setText("Strategy Map");
		toolkit.decorateFormHeading(form.getForm());
		form.getBody().setLayout(new GridLayout());

		SashForm sash = new SashForm(form.getBody(), SWT.HORIZONTAL);
		toolkit.adapt(sash);
		GridData sashData = new GridData(SWT.FILL, SWT.FILL, true, true);
		sashData.heightHint = 300;
		sashData.widthHint = 600;
		sash.setLayoutData(sashData);

		canvas = new MapCanvas(sash);
		canvas.control().setToolTipText(null);
		canvas.addSelectionListener(this::clicked);
		canvas.addOpenListener(this::open);

		detailsSection = toolkit.createSection(sash, Section.TITLE_BAR | Section.DESCRIPTION);
		detailsSection.setText("Details");
		detailsSection.setDescription("Click a node to see it; double-click to edit it.");
		details = new DetailsPart(editor, managedForm, detailsSection, () -> { });
		details.setLabels(editor.session().labels());
		sash.setWeights(72, 28);

		fillToolBar(form.getToolBarManager());
		form.updateToolBar();
		relayout();
	}

	private void fillToolBar(IToolBarManager toolBar) {
		toolBar.add(action("Zoom In", () -> canvas.zoomBy(MapCanvas.STEP)));
		toolBar.add(action("Zoom Out", () -> canvas.zoomBy(1 / MapCanvas.STEP)));
		toolBar.add(action("Fit", () -> canvas.fit()));
		toolBar.add(new Separator());
		for (NodeKind kind : new NodeKind[] { NodeKind.TOPIC, NodeKind.CHANNEL }) {
			Action toggle = new Action(kind.plural(), IAction.AS_CHECK_BOX) {
				@Override
				public void run() {
					settings = settings.with(kind, isChecked());
					relayout();
				}
			};
			toggle.setChecked(true);
			toggle.setToolTipText("Show " + kind.plural().toLowerCase() + " on the map");
			toolBar.add(toggle);
		}
		focusAction = new Action("Focus on Selection", IAction.AS_CHECK_BOX) {
			@Override
			public void run() {
				focusOnSelection(isChecked());
			}
		};
		focusAction.setToolTipText("Show only the cells of the selected object and what they link to");
		toolBar.add(focusAction);
		toolBar.add(new Separator());
		toolBar.add(action("Export PNG...", () -> exportWithDialog("png")));
		toolBar.add(action("Export SVG...", () -> exportWithDialog("svg")));
	}

	private static Action action(String text, Runnable run) {
		return new Action(text) {
			@Override
			public void run() {
				run.run();
			}
		};
	}

	/** Focuses the map on the selected node's object, or shows the whole strategy again. */
	public void focusOnSelection(boolean focus) {
		String selected = canvas.selected();
		settings = settings.withFocus(focus && selected != null ? Set.of(selected) : Set.of());
		if (focusAction != null) {
			focusAction.setChecked(!settings.focus().isEmpty());
		}
		relayout();
	}

	/** Builds the graph now (it reads the model, so on the UI thread) and lays it out, in a job when it is large. */
	private void relayout() {
		if (canvas == null || canvas.control().isDisposed()) {
			return;
		}
		Plan plan = editor.session().plan();
		StrategyGraph newGraph = StrategyGraph.of(plan, settings);
		int current = ++generation;
		if (newGraph.nodes().size() <= BACKGROUND_LIMIT) {
			show(newGraph, MapDrawing.draw(newGraph, MapLayout.layout(newGraph)));
			return;
		}
		getManagedForm().getForm().setMessage("Laying out " + newGraph.count(NodeKind.CELL) + " cells…",
				org.eclipse.jface.dialogs.IMessageProvider.INFORMATION);
		Job job = Job.create("Laying out the strategy map", (IProgressMonitor monitor) -> {
			Drawing drawing = MapDrawing.draw(newGraph, MapLayout.layout(newGraph));
			canvas.control().getDisplay().asyncExec(() -> {
				if (current == generation && !canvas.control().isDisposed()) {
					getManagedForm().getForm().setMessage(null, org.eclipse.jface.dialogs.IMessageProvider.NONE);
					show(newGraph, drawing);
				}
			});
			return Status.OK_STATUS;
		});
		job.setSystem(false);
		job.schedule();
	}

	private void show(StrategyGraph newGraph, Drawing drawing) {
		graph = newGraph;
		String selected = canvas.selected();
		canvas.setDrawing(drawing);
		if (!laidOut) {
			laidOut = true;
			canvas.startAt(newGraph.nodes().stream().filter(n -> n.kind() == NodeKind.TEAM).map(n -> n.id())
					.findFirst().orElse(null));
			selectEditorSelection();
		} else if (selected != null) {
			canvas.select(selected);
		}
	}

	private void clicked(String ref) {
		EObject object = ref == null ? null : editor.session().objectWithId(ref);
		editor.setSelection(object == null ? StructuredSelection.EMPTY : new StructuredSelection(object));
		details.show(object);
	}

	private void open(String ref) {
		EObject object = editor.session().objectWithId(ref);
		if (object != null) {
			details.show(object);
			detailsSection.setExpanded(true);
			detailsSection.getClient().setFocus();
			((org.eclipse.swt.widgets.Composite) detailsSection.getClient()).traverse(SWT.TRAVERSE_TAB_NEXT);
		}
	}

	/** Selects on the map what the editor's selection holds (e.g. a cell chosen on the Matrix page), if shown. */
	private void selectEditorSelection() {
		ISelection selection = editor.getSite().getSelectionProvider().getSelection();
		if (selection instanceof IStructuredSelection structured
				&& structured.getFirstElement() instanceof Identified object && shows(object)) {
			canvas.select(object.getId());
			details.show(object);
		}
	}

	@Override
	public void setActive(boolean active) {
		super.setActive(active);
		if (active && canvas != null && stale) {
			stale = false;
			relayout();
		}
		if (active && canvas != null && laidOut) {
			selectEditorSelection();
		}
	}

	@Override
	public boolean shows(EObject object) {
		return object instanceof Identified identified && graph != null && identified.getId() != null
				&& graph.node(identified.getId()) != null;
	}

	@Override
	public void select(EObject object) {
		if (canvas != null && object instanceof Identified identified) {
			canvas.select(identified.getId());
			details.show(object);
		}
	}

	@Override
	public void sessionChanged() {
		if (canvas != null) {
			details.setLabels(editor.session().labels());
			details.show(null);
			relayout();
		}
	}

	@Override
	public void modelChanged() {
		if (canvas == null) {
			return;
		}
		details.refresh();
		if (isActive()) {
			relayout();
		} else {
			// Edits on other pages must not pay for the map's layout: it is redone when the map shows again.
			stale = true;
		}
	}

	@Override
	public void findingsChanged() {
		// The map shows structure, not findings; the Overview and Problems view list them.
	}

	/** The map's canvas; null until the page is first shown. */
	public MapCanvas canvas() {
		return canvas;
	}

	/** The object whose fields the details show, or null. */
	public EObject detailsShown() {
		return details == null ? null : details.shown();
	}

	/** Writes the map as it is shown (kinds, focus) to {@code file}: SVG for {@code .svg}, else PNG. */
	public void export(Path file) throws IOException {
		Drawing drawing = canvas.drawing();
		if (file.getFileName().toString().toLowerCase().endsWith(".svg")) {
			SvgWriter.write(drawing, file);
		} else {
			DrawingImages.writePng(canvas.control().getDisplay(), drawing, MapDrawing.pictureZoom(drawing, 1), file);
		}
	}

	private void exportWithDialog(String extension) {
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
		dialog.setText("Export the Strategy Map as " + extension.toUpperCase());
		dialog.setFilterExtensions(new String[] { "*." + extension });
		dialog.setFileName(editor.getPartName() + "-map." + extension);
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		try {
			export(Path.of(chosen));
		} catch (IOException | RuntimeException e) {
			ILog.of(getClass()).error("Cannot export the strategy map to " + chosen, e);
			MessageDialog.openError(getSite().getShell(), "Export Failed", chosen + ": " + e.getMessage());
		}
	}
}
