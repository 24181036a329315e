package org.parley.ui.calendar.actions;

import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.parley.model.ContentItem;

/** Asks for the text of a comment on an item, several lines long; OK stays disabled while it is empty. */
final class AddCommentDialog extends InputDialog {

	static final String TITLE = "Add Comment";

	AddCommentDialog(org.eclipse.swt.widgets.Shell parent, ContentItem item, String author) {
		super(parent, TITLE, "Comment on \"" + item.getTitle() + "\" as " + author + ":", "",
				text -> text.isBlank() ? "" : null);
	}

	@Override
	protected int getInputTextStyle() {
		return SWT.MULTI | SWT.BORDER | SWT.WRAP | SWT.V_SCROLL;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Control area = super.createDialogArea(parent);
		GridData data = (GridData) getText().getLayoutData();
		data.heightHint = 90;
		data.widthHint = 420;
		return area;
	}

	@Override
	protected boolean isResizable() {
		return true;
	}
}
