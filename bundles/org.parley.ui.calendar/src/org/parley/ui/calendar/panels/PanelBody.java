package org.parley.ui.calendar.panels;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;

/** The composite a side panel puts its controls in: the side bar's width, flush with the section's title. */
final class PanelBody {

	private PanelBody() {
	}

	static Composite create(Composite parent, FormToolkit toolkit, int columns) {
		Composite body = toolkit.createComposite(parent);
		body.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		GridLayout layout = new GridLayout(columns, false);
		layout.marginWidth = 0;
		body.setLayout(layout);
		return body;
	}
}
