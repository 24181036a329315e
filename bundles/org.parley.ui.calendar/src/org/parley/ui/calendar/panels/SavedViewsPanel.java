package org.parley.ui.calendar.panels;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Function;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.parley.representation.calendar.filter.SavedView;
import org.parley.representation.calendar.filter.SavedViews;
import org.parley.ui.calendar.CalendarContext;
import org.parley.ui.calendar.CalendarPanel;

/**
 * The views this user saved for the project (filter and kind of view), kept in their own file outside the project
 * ({@link SavedViews}): pick one to apply it, save the current one under a name, delete one.
 */
public final class SavedViewsPanel implements CalendarPanel {

	public static final String SAVE = "Save As...";
	public static final String DELETE = "Delete";
	public static final String NONE = "(no saved view)";

	private final Function<String, Path> fileOfProject;
	private CalendarContext context;
	private SavedViews views;
	private Composite panel;
	private Combo choice;
	private Button delete;
	private Label problem;

	/** Views in {@code ~/.parley/views/<plan id>.json}. */
	public SavedViewsPanel() {
		this(SavedViews::defaultFile);
	}

	/** Views in the file {@code fileOfProject} names for a plan id. */
	public SavedViewsPanel(Function<String, Path> fileOfProject) {
		this.fileOfProject = fileOfProject;
	}

	@Override
	public String title() {
		return "Saved Views";
	}

	@Override
	public void create(Composite parent, FormToolkit toolkit, CalendarContext context) {
		this.context = context;
		panel = PanelBody.create(parent, toolkit, 3);
		choice = new Combo(panel, SWT.READ_ONLY | SWT.DROP_DOWN);
		toolkit.adapt(choice, true, false);
		choice.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		choice.addListener(SWT.Selection, e -> apply());
		Button save = toolkit.createButton(panel, SAVE, SWT.PUSH);
		save.addListener(SWT.Selection, e -> saveAs());
		delete = toolkit.createButton(panel, DELETE, SWT.PUSH);
		delete.addListener(SWT.Selection, e -> deleteChosen());
		problem = toolkit.createLabel(panel, "", SWT.WRAP);
		GridData problemData = new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1);
		problemData.widthHint = 200;
		problem.setLayoutData(problemData);
		problem.setForeground(panel.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		load();
	}

	private void load() {
		Path file = fileOfProject.apply(context.editor().session().plan().getId());
		try {
			views = SavedViews.load(file);
			showProblem(views.problem().orElse(null));
		} catch (IOException e) {
			views = null;
			showProblem("Saved views file " + file + " cannot be read: " + e.getMessage());
			ILog.of(SavedViewsPanel.class).warn("Cannot read saved views " + file, e);
		}
		refresh();
	}

	private void apply() {
		delete.setEnabled(choice.getSelectionIndex() > 0);
		if (views == null || choice.getSelectionIndex() <= 0) {
			return;
		}
		views.named(choice.getText()).ifPresent(view -> {
			context.setFilter(view.filter());
			if (view.viewKind() != null) {
				context.showViewKind(view.viewKind());
			}
		});
	}

	private void saveAs() {
		if (views == null) {
			return;
		}
		InputDialog ask = new InputDialog(panel.getShell(), "Save View",
				"Name of the view (its filter" + (context.viewKind() == null ? "" : " and the " + context.viewKind() + " view")
						+ "), only for you:",
				choice.getSelectionIndex() > 0 ? choice.getText() : "",
				name -> name.isBlank() ? "Give the view a name." : null);
		if (ask.open() != Window.OK) {
			return;
		}
		try {
			views.save(new SavedView(ask.getValue(), context.filter(), context.viewKind()));
			refresh();
			choice.select(java.util.Arrays.asList(choice.getItems()).indexOf(ask.getValue().strip()));
			delete.setEnabled(true);
		} catch (IOException e) {
			MessageDialog.openError(panel.getShell(), "Cannot Save View", "Cannot write " + views.file() + ": " + e.getMessage());
		}
	}

	private void deleteChosen() {
		if (views == null || choice.getSelectionIndex() <= 0) {
			return;
		}
		try {
			views.delete(choice.getText());
			refresh();
		} catch (IOException e) {
			MessageDialog.openError(panel.getShell(), "Cannot Delete View", "Cannot write " + views.file() + ": " + e.getMessage());
		}
	}

	private void showProblem(String text) {
		problem.setText(text == null ? "" : text.replace("&", "&&"));
		((GridData) problem.getLayoutData()).exclude = text == null;
		problem.setVisible(text != null);
	}

	@Override
	public void refresh() {
		if (panel == null || panel.isDisposed()) {
			return;
		}
		String chosen = choice.getSelectionIndex() > 0 ? choice.getText() : null;
		choice.removeAll();
		choice.add(NONE);
		if (views != null) {
			views.all().forEach(view -> choice.add(view.name()));
		}
		int index = chosen == null ? 0 : java.util.Arrays.asList(choice.getItems()).indexOf(chosen);
		choice.select(Math.max(0, index));
		delete.setEnabled(choice.getSelectionIndex() > 0);
		PanelBody.relayout(panel);
	}

	@Override
	public void dispose() {
		if (panel != null && !panel.isDisposed()) {
			panel.dispose();
		}
	}
}
