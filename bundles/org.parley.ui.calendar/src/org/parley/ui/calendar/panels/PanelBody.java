package org.parley.ui.calendar.panels;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.SharedScrolledComposite;

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

	/**
	 * Lays the panel out again after its content changed size, and the side bar around it: its ancestors' cached
	 * sizes are flushed, and a scrolled form holding the side bar recomputes its scroll range.
	 */
	static void relayout(Composite body) {
		if (body.isDisposed()) {
			return;
		}
		body.getShell().layout(new Control[] { body });
		for (Composite ancestor = body.getParent(); ancestor != null; ancestor = ancestor.getParent()) {
			if (ancestor instanceof SharedScrolledComposite scrolled) {
				scrolled.reflow(true);
				return;
			}
		}
	}
}
