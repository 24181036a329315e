package org.parley.ui.editor.internal;

import java.util.Collection;
import java.util.function.Function;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.events.FocusAdapter;
import org.eclipse.swt.events.FocusEvent;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.parley.model.ModelFile;
import org.parley.model.Plan;
import org.parley.ui.editor.ModelEditor;
import org.parley.ui.editor.RevealingPage;
import org.parley.ui.editor.SessionPage;
import org.parley.ui.emf.ItemLabelProvider;

/**
 * A master–details page of the model editor for one part of the plan (strategy, matrix, channels, calendar,
 * listening): a tree of its objects over the item providers on the left, and the selected object's fields, generic
 * over its item property descriptors, on the right. Findings of validation about the selected object show in the
 * page's header.
 */
public final class ObjectsPage extends FormPage implements SessionPage, RevealingPage {

	private final ModelEditor editor;
	private final Function<Plan, ? extends Collection<?>> roots;
	private final Class<? extends ModelFile> rootType;
	private TreeViewer viewer;
	private DetailsPart details;
	private ItemLabelProvider labels;

	public ObjectsPage(ModelEditor editor, String id, String title, Function<Plan, ? extends Collection<?>> roots,
			Class<? extends ModelFile> rootType) {
		super(editor, id, title);
		this.editor = editor;
		this.roots = roots;
		this.rootType = rootType;
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		ScrolledForm form = managedForm.getForm();
		FormToolkit toolkit = managedForm.getToolkit();
		form.setText(getTitle());
		toolkit.decorateFormHeading(form.getForm());
		form.getBody().setLayout(new GridLayout());

		SashForm sash = new SashForm(form.getBody(), SWT.HORIZONTAL);
		toolkit.adapt(sash);
		GridData sashData = new GridData(SWT.FILL, SWT.FILL, true, true);
		// Hints keep the scrolled form from growing to the tree's full height: the tree and the details scroll.
		sashData.heightHint = 300;
		sashData.widthHint = 600;
		sash.setLayoutData(sashData);

		Section master = toolkit.createSection(sash, Section.TITLE_BAR | Section.DESCRIPTION);
		master.setText(getTitle() + " Objects");
		master.setDescription("Drag to reorder or to move; Edit > Delete, Copy and Paste act on the selection.");
		Tree tree = toolkit.createTree(master, SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
		master.setClient(tree);
		viewer = new TreeViewer(tree);
		viewer.setUseHashlookup(true);

		Section detailsSection = toolkit.createSection(sash, Section.TITLE_BAR);
		detailsSection.setText("Details");
		details = new DetailsPart(editor, managedForm, detailsSection, this::showFindings);
		sash.setWeights(38, 62);

		showSession();
		viewer.addSelectionChangedListener(event -> selectionChanged(event.getSelection()));
		tree.addFocusListener(new FocusAdapter() {
			@Override
			public void focusGained(FocusEvent e) {
				editor.setSelection(viewer.getSelection());
			}
		});
		TreeDragAndDrop.install(viewer, editor);
		tree.setMenu(contextMenu().createContextMenu(tree));
	}

	/** New (each kind of child the selected object can hold), then Delete, Copy and Paste. */
	private MenuManager contextMenu() {
		MenuManager menu = new MenuManager("#PopUp");
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(manager -> {
			Object first = viewer.getStructuredSelection().getFirstElement();
			if (first instanceof EObject owner) {
				MenuManager create = new MenuManager("New");
				for (Command command : editor.session().commands().newChildren(owner)) {
					create.add(new Action(command.getLabel().replaceFirst("^New ", "")) {
						@Override
						public void run() {
							editor.session().domain().getCommandStack().execute(command);
							if (!command.getAffectedObjects().isEmpty()) {
								// The tree refreshes after the burst of changes; the new object must be there now.
								viewer.refresh();
								viewer.setSelection(new StructuredSelection(command.getAffectedObjects().toArray()), true);
							}
						}
					});
				}
				manager.add(create);
				manager.add(new Separator());
			}
			manager.add(editor.actions().deleteAction());
			manager.add(editor.actions().copyAction());
			manager.add(editor.actions().pasteAction());
			manager.add(new Separator());
			manager.add(editor.actions().undoAction());
			manager.add(editor.actions().redoAction());
		});
		return menu;
	}

	private void showSession() {
		EditingSession session = editor.session();
		ItemLabelProvider old = labels;
		labels = new ObjectLabels(session.adapterFactory());
		viewer.setContentProvider(new TopicTreeContentProvider(session.adapterFactory()));
		viewer.setLabelProvider(labels);
		viewer.setInput(roots.apply(session.plan()));
		viewer.expandToLevel(2);
		details.setLabels(labels);
		if (old != null) {
			old.dispose();
		}
	}

	private void selectionChanged(ISelection selection) {
		editor.setSelection(selection);
		Object first = selection instanceof IStructuredSelection s ? s.getFirstElement() : null;
		details.show(first instanceof EObject object ? object : null);
		showFindings();
	}

	/** Whether this page shows {@code object}: whether it lies in the file root this page is about. */
	@Override
	public boolean shows(EObject object) {
		for (EObject current = object; current != null; current = current.eContainer()) {
			if (rootType.isInstance(current)) {
				return true;
			}
		}
		return false;
	}

	/** Selects and reveals {@code object} in the tree, showing its details. */
	@Override
	public void select(EObject object) {
		if (viewer != null) {
			viewer.setSelection(new StructuredSelection(object), true);
			viewer.getControl().setFocus();
		}
	}

	/** The tree of this page's objects; {@code null} until the page is shown. */
	public TreeViewer viewer() {
		return viewer;
	}

	@Override
	public void sessionChanged() {
		if (viewer != null) {
			showSession();
			details.show(null);
		}
	}

	@Override
	public void modelChanged() {
		if (details != null) {
			details.refresh();
		}
	}

	@Override
	public void findingsChanged() {
		if (viewer != null) {
			showFindings();
		}
	}

	@Override
	public void setActive(boolean active) {
		super.setActive(active);
		if (active && viewer != null) {
			editor.setSelection(viewer.getSelection());
		}
	}

	private void showFindings() {
		details.showProblemOrFinding();
	}

	@Override
	public void dispose() {
		if (labels != null) {
			labels.dispose();
		}
		super.dispose();
	}
}
