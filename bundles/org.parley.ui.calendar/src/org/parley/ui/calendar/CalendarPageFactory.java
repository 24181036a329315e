package org.parley.ui.calendar;

import org.eclipse.ui.forms.editor.IFormPage;
import org.parley.ui.editor.ModelEditor;
import org.parley.ui.editor.ModelEditorPageFactory;

/** Contributes the editorial calendar in place of the model editor's built-in calendar page. */
public final class CalendarPageFactory implements ModelEditorPageFactory {

	@Override
	public IFormPage createPage(ModelEditor editor) {
		return new CalendarPage(editor);
	}
}
