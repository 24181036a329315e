package org.parley.ui.tests.editor;

import java.util.Arrays;
import java.util.Comparator;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.ide.IDE;
import org.parley.model.ContentItem;
import org.parley.model.Schedule;
import org.parley.ui.editor.ModelEditor;
import org.parley.ui.editor.internal.ObjectsPage;
import org.parley.ui.testing.ContainerHandle;
import org.parley.ui.testing.TreeHandle;
import org.parley.ui.testing.UiDriver;
import org.parley.ui.testing.UiThread;
import org.parley.ui.testing.WorkbenchDriver;

/** What the model editor's UI tests do again and again: open files, reach the editor's trees and fields. */
final class ModelEditorSteps {

	private final UiDriver ui;
	private final WorkbenchDriver workbench;
	private final SampleWorkspaceProject sample;

	ModelEditorSteps(UiDriver ui, SampleWorkspaceProject sample) {
		this.ui = ui;
		this.workbench = ui.workbench();
		this.sample = sample;
	}

	IFile calendarFile() throws CoreException {
		return Arrays.stream(sample.file("plan.parley").getProject().getFolder("calendar").members())
				.filter(r -> r.getName().matches("\\d{4}-\\d{2}\\.parley")).map(IFile.class::cast)
				.sorted(Comparator.comparing(IFile::getName)).findFirst().orElseThrow();
	}

	static ContentItem firstItemOf(ModelEditor editor, IFile file) {
		String month = file.getName().replace(".parley", "");
		Schedule schedule = editor.session().plan().getSchedules().stream().filter(s -> month.equals(s.getMonth()))
				.findFirst().orElseThrow();
		return schedule.getItems().stream().filter(i -> i.getTitle() != null && !i.getTitle().isBlank()).findFirst()
				.orElseThrow();
	}

	static String scheduleLabel(ContentItem item) {
		return "Schedule " + ((Schedule) item.eContainer()).getMonth();
	}

	static String itemLabel(ContentItem item) {
		return "Content Item " + item.getTitle();
	}

	ModelEditor open(IFile file) {
		return UiThread.call(() -> {
			try {
				return (ModelEditor) IDE.openEditor(page(), file);
			} catch (PartInitException e) {
				throw new IllegalStateException(e);
			}
		});
	}

	IWorkbenchPage page() {
		return workbench.window().getActivePage();
	}

	void showPropertiesBesideTheEditor() {
		UiThread.run(() -> {
			try {
				page().showView(IPageLayout.ID_PROP_SHEET, null, IWorkbenchPage.VIEW_VISIBLE);
			} catch (PartInitException e) {
				throw new IllegalStateException(e);
			}
		});
	}

	ObjectsPage objectsPage(ModelEditor editor, String id) {
		return (ObjectsPage) editor.findPage(id);
	}

	/** The tree of the editor's active master–details page. */
	TreeHandle tree(ModelEditor editor) {
		ObjectsPage page = (ObjectsPage) editor.getActivePageInstance();
		ui.waitUntil("the page's tree", () -> page.viewer() != null);
		return new TreeHandle(page.viewer().getTree(), ui.waiter());
	}

	/**
	 * Selects a content item the way the editor reveals objects (markers, Show In): the calendar page selects it and
	 * shows its details, whichever page shows calendar items.
	 */
	void selectItem(ModelEditor editor, ContentItem item) {
		UiThread.run(() -> editor.reveal(item));
	}

	/** The first object of the editor's published selection. */
	Object selectedObject(ModelEditor editor) {
		return UiThread.call(() -> ((org.eclipse.jface.viewers.IStructuredSelection) editor.getSite()
				.getSelectionProvider().getSelection()).getFirstElement());
	}

	/** The fields of the editor's active page. */
	ContainerHandle<Composite> fields(ModelEditor editor) {
		return new ContainerHandle<>((Composite) editor.getActivePageInstance().getPartControl(), ui.waiter());
	}

	/** The message in the header of the editor's active page, as the user reads it. */
	String headerMessage(ModelEditor editor) {
		return UiThread.call(() -> ((FormPage) editor.getActivePageInstance()).getManagedForm().getForm().getMessage());
	}

	TreeHandle propertiesTree() {
		var view = UiThread.call(() -> page().findView(IPageLayout.ID_PROP_SHEET));
		Composite control = UiThread.call(() -> (Composite) ((org.eclipse.ui.part.PageBookView) view).getCurrentPage().getControl());
		return new TreeHandle((org.eclipse.swt.widgets.Tree) control, ui.waiter());
	}
}
