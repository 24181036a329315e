package org.parley.ui.calendar.panels;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.parley.listening.alert.Alert;
import org.parley.model.Plan;
import org.parley.representation.calendar.alerts.HotTopics;
import org.parley.representation.calendar.edit.ItemFromAlert;
import org.parley.ui.calendar.CalendarContext;
import org.parley.ui.calendar.CalendarPanel;

/**
 * What customers raise now: the listening alerts open at the newest mention (term, growth, voices, cell), read in a
 * job when the panel opens and on Refresh. "Create Item from Alert" drafts an item in the backlog, in the alert's
 * cell, quoting the posts, as one undoable command, and selects it.
 */
public final class HotTopicsPanel implements CalendarPanel {

	public static final String REFRESH = "Refresh";
	public static final String CREATE = "Create Item from Alert";
	public static final String LOADING = "Reading listening alerts...";

	private CalendarContext context;
	private Composite panel;
	private Label state;
	private Label details;
	private Table table;
	private Button create;
	private HotTopics topics;
	private Job loading;

	@Override
	public String title() {
		return "Hot Topics";
	}

	@Override
	public void create(Composite parent, FormToolkit toolkit, CalendarContext context) {
		this.context = context;
		panel = PanelBody.create(parent, toolkit, 2);
		state = toolkit.createLabel(panel, LOADING, SWT.WRAP);
		GridData stateData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
		stateData.widthHint = 200;
		// Room for two lines from the start, so that the panel keeps its size when the alerts arrive.
		int line = state.computeSize(SWT.DEFAULT, SWT.DEFAULT).y;
		stateData.heightHint = 2 * line;
		state.setLayoutData(stateData);
		table = toolkit.createTable(panel, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL);
		table.setHeaderVisible(true);
		GridData tableData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
		tableData.heightHint = table.getItemHeight() * 6 + table.getHeaderHeight();
		table.setLayoutData(tableData);
		column("Term", 105);
		column("Growth", 52);
		column("Voices", 48);
		column("Cell", 150);
		details = toolkit.createLabel(panel, "", SWT.WRAP);
		GridData detailsData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
		detailsData.widthHint = 200;
		detailsData.heightHint = 3 * line;
		details.setLayoutData(detailsData);
		table.addListener(SWT.Selection, e -> {
			create.setEnabled(selected() != null);
			showDetails(selected());
		});
		table.addListener(SWT.DefaultSelection, e -> createItem());
		Button refresh = toolkit.createButton(panel, REFRESH, SWT.PUSH);
		refresh.addListener(SWT.Selection, e -> load());
		create = toolkit.createButton(panel, CREATE, SWT.PUSH);
		create.setEnabled(false);
		create.addListener(SWT.Selection, e -> createItem());
		load();
	}

	private void column(String title, int width) {
		TableColumn column = new TableColumn(table, SWT.LEFT);
		column.setText(title);
		column.setWidth(width);
	}

	/** Reads the alerts in a job; the table shows them when it is done. */
	public void load() {
		Path directory = context.editor().session().directory();
		Plan plan = context.editor().session().plan();
		state.setText(LOADING);
		if (loading != null) {
			loading.cancel();
		}
		Job job = Job.create("Reading listening alerts", monitor -> {
			HotTopics read;
			try {
				read = HotTopics.load(directory, plan);
			} catch (IOException | RuntimeException e) {
				show(null, "Cannot read the listening data: " + e.getMessage());
				return Status.error("Cannot read the listening data of " + directory, e);
			}
			show(read, read.emptyText());
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		loading = job;
		job.schedule();
	}

	/** Whether the alerts are being read. */
	public boolean isLoading() {
		return loading != null && loading.getState() != Job.NONE;
	}

	private void show(HotTopics read, String emptyText) {
		if (panel.isDisposed()) {
			return;
		}
		panel.getDisplay().asyncExec(() -> {
			if (panel.isDisposed()) {
				return;
			}
			topics = read;
			table.removeAll();
			List<Alert> alerts = read == null ? List.of() : read.alerts();
			for (Alert alert : alerts) {
				TableItem row = new TableItem(table, SWT.NONE);
				row.setText(new String[] { alert.term(), ItemFromAlert.growth(alert),
						Integer.toString(alert.voices()), alert.cell() == null ? "(no cell)" : alert.cell() });
				row.setData(alert);
			}
			state.setText(emptyText != null ? emptyText.replace("&", "&&")
					: alerts.size() + (alerts.size() == 1 ? " topic is" : " topics are") + " rising in the latest mentions.");
			create.setEnabled(false);
			// Without alerts the table goes (the panel only shrinks, never grows after it was laid out).
			((GridData) table.getLayoutData()).exclude = alerts.isEmpty();
			table.setVisible(!alerts.isEmpty());
			((GridData) details.getLayoutData()).exclude = alerts.isEmpty();
			details.setVisible(!alerts.isEmpty());
			showDetails(null);
			PanelBody.relayout(panel);
		});
	}

	/** The whole of the selected alert, which the narrow columns cut. */
	private void showDetails(Alert alert) {
		String text = alert == null ? ""
				: "\"" + alert.term() + "\": " + alert.voices() + " voices, " + alert.authors() + " authors, "
						+ (alert.baselineVoices() == 0 ? "not said in the weeks before" : "growth " + ItemFromAlert.growth(alert))
						+ (alert.brand() == null ? "" : ", mostly about " + alert.brand()) + "; for "
						+ (alert.cell() == null ? "no cell (no topic or brand fits)" : alert.cell()) + ".";
		// A label reads '&' as a mnemonic marker ("Help & support").
		details.setText(text.replace("&", "&&"));
		PanelBody.relayout(panel);
	}

	private Alert selected() {
		TableItem[] rows = table.getSelection();
		return rows.length == 1 && rows[0].getData() instanceof Alert alert ? alert : null;
	}

	/** Drafts an item from the selected alert, in the backlog, and selects it. */
	public void createItem() {
		Alert alert = selected();
		if (alert == null || topics == null) {
			return;
		}
		var session = context.editor().session();
		ItemFromAlert.Created created = new ItemFromAlert(session.domain()).create(session.plan(), alert,
				topics.exampleTexts());
		session.domain().getCommandStack().execute(created.command());
		context.select(List.of(created.item()));
	}

	@Override
	public void refresh() {
		// The alerts come from the mention files, not from the model: they are read again on Refresh only.
	}

	@Override
	public void dispose() {
		if (loading != null) {
			loading.cancel();
		}
		if (panel != null && !panel.isDisposed()) {
			panel.dispose();
		}
	}
}
