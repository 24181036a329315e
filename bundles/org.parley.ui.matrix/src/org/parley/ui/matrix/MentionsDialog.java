package org.parley.ui.matrix;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.parley.listening.analyse.IntentKind;
import org.parley.representation.matrix.MatrixFigures.CellMention;

/** The mentions about one cell's topics, newest first: date, source, sentiment, intent and text. */
final class MentionsDialog extends Dialog {

	private final String cell;
	private final List<CellMention> mentions;

	MentionsDialog(Shell parent, String cell, List<CellMention> mentions) {
		super(parent);
		this.cell = cell;
		this.mentions = mentions;
		setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Mentions of " + cell);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Label summary = new Label(area, SWT.WRAP);
		summary.setText(mentions.isEmpty()
				? "No mentions about this cell's topics yet. Run Parley > Crawl Sources (or parley crawl, then parley analyse)."
				: mentions.size() + " mentions say a keyword of this cell's topics, newest first.");
		Table table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
		data.widthHint = 900;
		data.heightHint = 380;
		table.setLayoutData(data);
		String[] titles = { "Date", "Source", "Sentiment", "Intent", "Text" };
		int[] widths = { 130, 150, 80, 90, 440 };
		for (int i = 0; i < titles.length; i++) {
			TableColumn column = new TableColumn(table, SWT.LEFT);
			column.setText(titles[i]);
			column.setWidth(widths[i]);
		}
		for (CellMention m : mentions) {
			TableItem item = new TableItem(table, SWT.NONE);
			String date = m.mention().date() == null ? "" : m.mention().date().replace('T', ' ').replace("Z", "");
			String sentiment = m.analysis() == null ? "not analysed"
					: m.analysis().sentiment().polarity().name().toLowerCase(java.util.Locale.ROOT);
			String intent = m.analysis() == null || m.analysis().intent() == null
					|| m.analysis().intent().kind() == IntentKind.NONE ? "" : m.analysis().intent().kind().label();
			item.setText(new String[] { date.length() > 16 ? date.substring(0, 16) : date,
					m.mention().source() == null ? "" : m.mention().source(), sentiment, intent,
					m.mention().text() == null ? "" : m.mention().text() });
		}
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
	}
}
