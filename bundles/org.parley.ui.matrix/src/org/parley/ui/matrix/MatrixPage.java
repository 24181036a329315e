package org.parley.ui.matrix;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ConcurrentModificationException;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.parley.core.validation.Finding;
import org.parley.model.ConversationCell;
import org.parley.model.CustomerGroup;
import org.parley.model.Named;
import org.parley.model.Plan;
import org.parley.model.Team;
import org.parley.representation.draw.SvgWriter;
import org.parley.representation.matrix.HeatKind;
import org.parley.representation.matrix.MatrixCell;
import org.parley.representation.matrix.MatrixDrawing;
import org.parley.representation.matrix.MatrixFigures;
import org.parley.representation.matrix.MatrixSettings;
import org.parley.representation.matrix.MatrixView;
import org.parley.ui.draw.DrawingImages;
import org.parley.ui.draw.DrawingPainter;
import org.parley.ui.editor.ModelEditor;
import org.parley.ui.editor.RevealingPage;
import org.parley.ui.editor.SessionPage;
import org.parley.ui.editor.internal.DetailsPart;
import org.parley.ui.matrix.grid.MatrixGrid;
import org.parley.ui.matrix.grid.MatrixGrid.CellHit;
import org.parley.ui.matrix.grid.MatrixGrid.HeaderHit;

/**
 * The conversation matrix page of the model editor: teams × customer groups as a grid with a heat overlay, filters
 * and zoom; a click on a gap adds a cell; headers and cells have menus; dragging headers reorders teams and groups;
 * topics and channels drop onto cells; the selected object's details sit beside the grid. Every change is a command
 * on the editor's stack.
 */
public final class MatrixPage extends FormPage implements SessionPage, RevealingPage {

	private final ModelEditor editor;
	private MatrixSettings settings = MatrixSettings.DEFAULT;
	private MatrixFigures figures = MatrixFigures.EMPTY;
	private boolean figuresRead;
	private MatrixGrid grid;
	private MatrixToolbar toolbar;
	private DetailsPart details;
	private ElementPalette palette;
	private Label status;
	private Canvas legend;
	private DrawingPainter legendPainter;
	private EObject selected;
	private int figuresGeneration;

	public MatrixPage(ModelEditor editor) {
		super(editor, ModelEditor.MATRIX, "Matrix");
		this.editor = editor;
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		ScrolledForm form = managedForm.getForm();
		FormToolkit toolkit = managedForm.getToolkit();
		form.setText("Conversation Matrix");
		toolkit.decorateFormHeading(form.getForm());
		form.getBody().setLayout(new GridLayout(1, false));
		toolbar = new MatrixToolbar(form.getBody(), toolkit, settings, this::settingsChanged, () -> exportAsked("png"),
				() -> exportAsked("svg"));
		status = toolkit.createLabel(form.getBody(), "", SWT.WRAP);
		status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));

		SashForm sash = new SashForm(form.getBody(), SWT.HORIZONTAL);
		toolkit.adapt(sash);
		GridData sashData = new GridData(SWT.FILL, SWT.FILL, true, true);
		sashData.heightHint = 300;
		sashData.widthHint = 600;
		sash.setLayoutData(sashData);
		Composite left = toolkit.createComposite(sash);
		GridLayout leftLayout = new GridLayout(1, false);
		leftLayout.marginWidth = 0;
		left.setLayout(leftLayout);
		grid = new MatrixGrid(left, view());
		grid.table().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		legend = new Canvas(left, SWT.DOUBLE_BUFFERED);
		GridData legendData = new GridData(SWT.FILL, SWT.TOP, true, false);
		legendData.heightHint = 24;
		legend.setLayoutData(legendData);
		legendPainter = new DrawingPainter(legend.getDisplay());
		legend.addPaintListener(e -> legendPainter.paint(e.gc, MatrixDrawing.legendDrawing(grid.view()), 1, 0, 0, null));
		legend.addDisposeListener(e -> legendPainter.dispose());

		SashForm side = new SashForm(sash, SWT.VERTICAL);
		toolkit.adapt(side);
		Section paletteSection = toolkit.createSection(side, Section.TITLE_BAR | Section.DESCRIPTION);
		paletteSection.setText("Topics and Channels");
		paletteSection.setDescription("Drag one onto a cell to add it there.");
		palette = new ElementPalette(paletteSection, toolkit);
		paletteSection.setClient(palette.control());
		Section detailsSection = toolkit.createSection(side, Section.TITLE_BAR);
		detailsSection.setText("Details");
		details = new DetailsPart(editor, managedForm, detailsSection, this::showProblem);
		side.setWeights(30, 70);
		sash.setWeights(64, 36);

		new MatrixInteraction(this, grid).install();
		grid.onReorder(this::reordered);
		showSession();
	}

	private void showSession() {
		Plan plan = editor.session().plan();
		selected = null;
		figures = MatrixFigures.EMPTY;
		figuresRead = false;
		toolbar.showChoices(plan);
		palette.show(plan);
		details.setLabels(editor.session().labels());
		details.show(null);
		refresh();
		readFigures();
	}

	/** Reads the listening figures in the background; the grid shows without heat meanwhile. */
	private void readFigures() {
		int generation = ++figuresGeneration;
		Path directory = editor.session().directory();
		Plan plan = editor.session().plan();
		Display display = grid.table().getDisplay();
		Job job = Job.create("Reading the matrix's listening figures", monitor -> {
			MatrixFigures read;
			try {
				read = MatrixFigures.load(directory, plan);
			} catch (IOException e) {
				ILog.of(MatrixPage.class).warn(directory + ": cannot read the mentions for the matrix: " + e.getMessage());
				read = MatrixFigures.EMPTY;
			} catch (ConcurrentModificationException e) {
				// the plan changed while counting: count again
				display.asyncExec(this::readFigures);
				return Status.OK_STATUS;
			}
			MatrixFigures done = read;
			display.asyncExec(() -> {
				if (generation == figuresGeneration && !grid.table().isDisposed()) {
					figures = done;
					figuresRead = true;
					refresh();
				}
			});
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
	}

	MatrixView view() {
		return MatrixView.build(editor.session().plan(), figures, settings);
	}

	/** Builds the view again from the model, the figures and the settings, and shows it. */
	void refresh() {
		if (grid == null || grid.table().isDisposed()) {
			return;
		}
		MatrixView view = view();
		grid.setView(view);
		grid.mark(selected, this::problemOf);
		legend.redraw();
		status.setText(statusText(view));
		status.getParent().layout(new org.eclipse.swt.widgets.Control[] { status });
	}

	private String statusText(MatrixView view) {
		if (view.rows().isEmpty() || view.columns().isEmpty()) {
			return MatrixDrawing.emptyMessage(view);
		}
		if (settings.heat() != HeatKind.NONE && settings.heat() != HeatKind.PLANNED) {
			if (!figuresRead) {
				return "Reading the project's mentions…";
			}
			if (figures.mentionCount() == 0) {
				return "No mentions yet, so no heat: run Parley > Crawl Sources (or parley crawl, then parley analyse).";
			}
		}
		int cells = 0;
		for (int r = 0; r < view.rows().size(); r++) {
			for (int c = 0; c < view.columns().size(); c++) {
				cells += view.cell(r, c).cell() != null ? 1 : 0;
			}
		}
		return view.rows().size() + " × " + view.columns().size() + ", " + cells + " cells, " + view.gapCount()
				+ " gaps. Click a + to add a cell; drag a header to reorder; right-click for more.";
	}

	private String problemOf(EObject object) {
		List<Finding> findings = editor.session().findingsOf(object);
		if (findings.isEmpty()) {
			return null;
		}
		StringBuilder text = new StringBuilder();
		for (Finding finding : findings) {
			text.append(text.isEmpty() ? "" : "\n").append(finding.severity()).append(": ").append(finding.message());
		}
		return text.toString();
	}

	/** The finding messages about an object, for tooltips; null when there are none. */
	String problemsOf(EObject object) {
		return object == null ? null : problemOf(object);
	}

	private void settingsChanged(MatrixSettings newSettings) {
		settings = newSettings;
		refresh();
	}

	/** Shows an object's details, marks it in the grid and tells the workbench (Properties, actions). */
	void select(EObject object, boolean publish) {
		selected = object;
		details.show(object);
		showProblem();
		grid.mark(selected, this::problemOf);
		if (publish) {
			editor.setSelection(object == null ? StructuredSelection.EMPTY : new StructuredSelection(object));
		}
	}

	/** Runs a command on the editor's stack; true when it could run. */
	boolean execute(Command command) {
		if (command == null || !command.canExecute()) {
			return false;
		}
		editor.session().domain().getCommandStack().execute(command);
		return true;
	}

	MatrixCommands commands() {
		return new MatrixCommands(editor.session().domain(), editor.session().commands(), editor.session().plan());
	}

	/** Fills a gap with a new cell and selects it. */
	ConversationCell addCell(MatrixCell gap) {
		Command add = commands().addCell(gap.team(), gap.group());
		if (!execute(add)) {
			return null;
		}
		ConversationCell cell = (ConversationCell) add.getAffectedObjects().iterator().next();
		select(cell, true);
		return cell;
	}

	void addAxis(boolean team) {
		String kind = team ? "Team" : "Customer Group";
		InputDialog ask = new InputDialog(getSite().getShell(), "Add " + kind, "Name of the new " + kind.toLowerCase() + ":",
				"", text -> text.isBlank() ? "Give it a name." : null);
		if (ask.open() == Window.OK) {
			Command add = team ? commands().addTeam(ask.getValue().strip()) : commands().addGroup(ask.getValue().strip());
			if (execute(add)) {
				select((EObject) add.getAffectedObjects().iterator().next(), true);
			}
		}
	}

	void rename(Named object) {
		String kind = editor.session().commands().typeName(object);
		InputDialog ask = new InputDialog(getSite().getShell(), "Rename " + kind, "New name:", object.getName(),
				text -> text.isBlank() ? "Give it a name." : null);
		if (ask.open() == Window.OK) {
			execute(commands().rename(object, ask.getValue().strip()));
		}
	}

	void deleteWithCells(Named object) {
		String kind = editor.session().commands().typeName(object);
		if (MessageDialog.openConfirm(getSite().getShell(), "Delete " + kind,
				"Delete " + kind.toLowerCase() + " '" + object.getName() + "' and its cells? Edit > Undo brings them back.")) {
			if (execute(commands().deleteWithCells(object))) {
				select(null, true);
			}
		}
	}

	void deleteCell(ConversationCell cell) {
		if (execute(editor.session().commands().delete(List.of(cell)))) {
			select(null, true);
		}
	}

	/** A header moved from one place of its axis to another: move the team or group in the strategy. */
	private void reordered(boolean rows, int from, int to) {
		MatrixView view = grid.view();
		var axes = rows ? view.rows() : view.columns();
		if (from < 0 || to < 0 || from >= axes.size() || to >= axes.size()) {
			return;
		}
		execute(commands().move(axes.get(from).object(), axes.get(to).object()));
	}

	/** Shows the cell's content items in the calendar: filtered there if the calendar can, else the first one. */
	void showInCalendar(ConversationCell cell) {
		var page = editor.findPage(ModelEditor.CALENDAR);
		if (page instanceof org.parley.ui.editor.FilteringPage filtering && filtering.canFilterTo(cell)) {
			editor.setActivePage(ModelEditor.CALENDAR);
			filtering.filterTo(cell);
			return;
		}
		for (var schedule : editor.session().plan().getSchedules()) {
			for (var item : schedule.getItems()) {
				if (item.getCell() == cell) {
					editor.reveal(item);
					return;
				}
			}
		}
		MessageDialog.openInformation(getSite().getShell(), "No Content Items",
				"Nothing is planned for " + label(cell) + " yet.");
	}

	void showMentions(ConversationCell cell) {
		new MentionsDialog(getSite().getShell(), label(cell), figures.mentionsOf(cell)).open();
	}

	static String label(ConversationCell cell) {
		return (cell.getTeam() == null ? "?" : cell.getTeam().getName()) + " / "
				+ (cell.getCustomerGroup() == null ? "?" : cell.getCustomerGroup().getName());
	}

	private void exportAsked(String format) {
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
		dialog.setText("Export the Matrix as " + format.toUpperCase());
		dialog.setFilterExtensions(new String[] { "*." + format });
		dialog.setFileName("matrix." + format);
		dialog.setOverwrite(true);
		String file = dialog.open();
		if (file != null) {
			try {
				export(Path.of(file));
			} catch (IOException | RuntimeException e) {
				IStatus error = Status.error(file + ": cannot export the matrix: " + e.getMessage(), e);
				ILog.of(MatrixPage.class).log(error);
				MessageDialog.openError(getSite().getShell(), "Export Failed", error.getMessage());
			}
		}
	}

	/** Writes the current view (filters, heat, axes, zoom) as PNG or SVG, by the file's extension. */
	public void export(Path file) throws IOException {
		MatrixView view = view();
		var drawing = MatrixDrawing.draw(view);
		if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".svg")) {
			SvgWriter.write(drawing, file);
		} else {
			DrawingImages.writePng(grid.table().getDisplay(), drawing, settings.zoom(), file);
		}
	}

	private void showProblem() {
		if (getManagedForm() == null) {
			return;
		}
		ScrolledForm form = getManagedForm().getForm();
		if (details.problem() != null) {
			form.setMessage(details.problem(), IMessageProvider.ERROR);
			return;
		}
		String problem = selected == null ? null : problemOf(selected);
		form.setMessage(problem == null ? null : problem.lines().findFirst().orElse(null),
				problem == null ? IMessageProvider.NONE : IMessageProvider.WARNING);
	}

	// ---- what tests and other parts use

	public MatrixGrid grid() {
		return grid;
	}

	public MatrixSettings settings() {
		return settings;
	}

	/** Changes the settings as the controls would (tests, other pages). */
	public void apply(MatrixSettings newSettings) {
		if (newSettings.heat() != settings.heat() && toolbar != null) {
			toolbar.chooseHeat(newSettings.heat());
		}
		settingsChanged(newSettings);
	}

	/** Whether the listening figures were read (heat shows only then). */
	public boolean figuresRead() {
		return figuresRead;
	}

	public String statusText() {
		return status.getText();
	}

	public EObject selected() {
		return selected;
	}

	// ---- SessionPage, RevealingPage

	@Override
	public void sessionChanged() {
		if (grid != null) {
			showSession();
		}
	}

	@Override
	public void modelChanged() {
		if (grid != null) {
			if (selected != null && selected.eResource() == null) {
				select(null, false);
			}
			toolbar.showChoices(editor.session().plan());
			palette.show(editor.session().plan());
			refresh();
			details.refresh();
		}
	}

	@Override
	public void findingsChanged() {
		if (grid != null) {
			grid.mark(selected, this::problemOf);
			showProblem();
		}
	}

	@Override
	public boolean shows(EObject object) {
		return (object instanceof ConversationCell || object instanceof Team || object instanceof CustomerGroup)
				&& object.eResource() != null
				&& editor.session().project().resourceSet() == object.eResource().getResourceSet();
	}

	@Override
	public void select(EObject object) {
		if (grid == null) {
			return;
		}
		select(object, true);
		if (object instanceof ConversationCell cell) {
			int[] at = grid.view().positionOf(cell);
			if (at != null) {
				grid.reveal(at[0], at[1]);
			}
		}
		grid.table().setFocus();
	}

	@Override
	public void setActive(boolean active) {
		super.setActive(active);
		if (active && grid != null) {
			ISelection current = editor.getSite().getSelectionProvider().getSelection();
			Object first = current instanceof IStructuredSelection s ? s.getFirstElement() : null;
			if (first instanceof EObject object && shows(object)) {
				select(object);
			} else {
				editor.setSelection(selected == null ? StructuredSelection.EMPTY : new StructuredSelection(selected));
			}
		}
	}

	/** The object of this editor's plan with that id, or null. */
	EObject ownObjectWithId(String id) {
		return editor.session().objectWithId(id);
	}

	/** Where the mouse pointer is, in the grid's coordinates. */
	Point pointer() {
		return grid.table().toControl(grid.table().getDisplay().getCursorLocation());
	}
}
