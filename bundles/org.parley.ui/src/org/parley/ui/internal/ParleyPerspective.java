package org.parley.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.parley.ui.ParleyUi;

/**
 * The Parley perspective: the project on the left, the editors in the middle, and what the
 * selection is, what is wrong and what is running below.
 */
public class ParleyPerspective implements IPerspectiveFactory {

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editorArea = layout.getEditorArea();
		layout.addView(ParleyUi.PROJECT_EXPLORER_ID, IPageLayout.LEFT, 0.22f, editorArea);

		IFolderLayout bottom = layout.createFolder("org.parley.ui.bottom", IPageLayout.BOTTOM, 0.70f, editorArea);
		bottom.addView(ParleyUi.PROPERTIES_VIEW_ID);
		bottom.addView(ParleyUi.PROBLEMS_VIEW_ID);
		bottom.addView(ParleyUi.PROGRESS_VIEW_ID);

		layout.addShowViewShortcut(ParleyUi.PROJECT_EXPLORER_ID);
		layout.addShowViewShortcut(ParleyUi.PROPERTIES_VIEW_ID);
		layout.addShowViewShortcut(ParleyUi.PROBLEMS_VIEW_ID);
		layout.addShowViewShortcut(ParleyUi.PROGRESS_VIEW_ID);
		layout.addPerspectiveShortcut(ParleyUi.PERSPECTIVE_ID);
		layout.addNewWizardShortcut(ParleyUi.NEW_PROJECT_WIZARD_ID);
		layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.folder");
		layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.file");
	}
}
