package org.parley.ui.calendar.actions;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.parley.model.Comment;
import org.parley.model.ContentItem;

/** The comments of an item, oldest first: when, who, what. */
final class CommentsDialog extends Dialog {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final ContentItem item;

	CommentsDialog(Shell parent, ContentItem item) {
		super(parent);
		this.item = item;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Comments on " + item.getTitle());
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Table table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
		data.widthHint = 560;
		data.heightHint = 220;
		table.setLayoutData(data);
		column(table, "When", 120);
		column(table, "Who", 100);
		column(table, "Comment", 320);
		item.getComments().stream().sorted(java.util.Comparator.comparing(
				(Comment c) -> c.getTime() == null ? java.time.Instant.EPOCH : c.getTime())).forEach(comment -> {
					TableItem row = new TableItem(table, SWT.NONE);
					row.setText(new String[] {
							comment.getTime() == null ? "" : TIME.format(comment.getTime().atZone(ZoneId.systemDefault())),
							comment.getAuthor() == null ? "" : comment.getAuthor(),
							comment.getText() == null ? "" : comment.getText().replace('\n', ' ') });
				});
		return area;
	}

	private static void column(Table table, String title, int width) {
		TableColumn column = new TableColumn(table, SWT.LEFT);
		column.setText(title);
		column.setWidth(width);
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		close();
	}

	@Override
	protected boolean isResizable() {
		return true;
	}
}
