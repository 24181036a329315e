package org.parley.ui.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.forms.editor.IFormPage;
import org.eclipse.ui.ide.IGotoMarker;
import org.eclipse.ui.part.IShowInTarget;
import org.eclipse.ui.part.ShowInContext;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.parley.core.storage.ProjectLayout;
import org.parley.model.ChannelCatalog;
import org.parley.model.Listening;
import org.parley.model.Matrix;
import org.parley.model.Plan;
import org.parley.model.Schedule;
import org.parley.model.Strategy;
import org.parley.ui.editor.internal.ContributedPages;
import org.parley.ui.editor.internal.ContributedPages.PageSlot;
import org.parley.ui.editor.internal.DiskChangeListener;
import org.parley.ui.editor.internal.EditingSession;
import org.parley.ui.editor.internal.ModelPropertySheetPage;
import org.parley.ui.editor.internal.ObjectsPage;
import org.parley.ui.editor.internal.OverviewPage;
import org.parley.ui.editor.internal.ProjectRoot;
import org.parley.ui.editor.internal.SelectionForwarder;
import org.parley.ui.emf.EditingActions;
import org.parley.ui.emf.DeletionImpact;

/**
 * The model editor of a Parley project: opened on any of the project's {@code .parley} files, it loads the whole
 * project and shows it on an overview and one master–details page per concept. Every change is a command on one
 * command stack (undo, redo, dirty marker); saving writes the changed files atomically; changes made on disk by
 * others reload the editor, asking first when it has unsaved changes.
 */
public class ModelEditor extends FormEditor implements IEditingDomainProvider, IGotoMarker, IShowInTarget {

	/** The editor's id. */
	public static final String ID = "org.parley.ui.editor.model";

	/** The marker attribute that holds the URI of the model object a problem marker is about. */
	public static final String URI_ATTRIBUTE = "org.parley.uri";

	/** Page ids. */
	public static final String OVERVIEW = "overview", STRATEGY = "strategy", MATRIX = "matrix", CHANNELS = "channels",
			CALENDAR = "calendar", LISTENING = "listening";

	private static final int VALIDATION_DELAY_MILLIS = 300;

	private final BasicCommandStack stack = new BasicCommandStack();
	private final SelectionForwarder selection = new SelectionForwarder();
	private EditingSession session;
	private EditingActions actions;
	private IContainer root;
	private DiskChangeListener diskChanges;
	private ModelPropertySheetPage propertySheet;
	private boolean validationPending;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof IFileEditorInput fileInput)) {
			throw new PartInitException("The Parley model editor opens .parley files of the workspace, not " + input);
		}
		super.init(site, input);
		root = ProjectRoot.containerOf(fileInput.getFile());
		try {
			session = EditingSession.load(root.getLocation().toPath(), stack);
		} catch (IOException e) {
			throw new PartInitException(root.getLocation() + ": cannot load the project: " + e.getMessage(), e);
		}
		setPartName(root.getName());
		site.setSelectionProvider(selection);
		actions = new EditingActions(stack, () -> session == null ? null : session.commands(), this::confirmDelete);
		selection.addSelectionChangedListener(event -> actions.selectionChanged(event.getSelection()));
		stack.addCommandStackListener(event -> {
			if (Display.getCurrent() != null) {
				modelChanged();
			} else {
				Display.getDefault().asyncExec(this::modelChanged);
			}
		});
		diskChanges = new DiskChangeListener(root, () -> Display.getDefault().asyncExec(this::filesChangedOnDisk));
		diskChanges.start();
		scheduleValidation();
	}

	@Override
	protected void addPages() {
		List<PageSlot> builtIn = List.of(new PageSlot(OVERVIEW, () -> new OverviewPage(this)),
				new PageSlot(STRATEGY,
						() -> new ObjectsPage(this, STRATEGY, "Strategy", plan -> listOf(plan.getStrategy()), Strategy.class)),
				new PageSlot(MATRIX,
						() -> new ObjectsPage(this, MATRIX, "Matrix", plan -> listOf(plan.getMatrix()), Matrix.class)),
				new PageSlot(CHANNELS,
						() -> new ObjectsPage(this, CHANNELS, "Channels", plan -> listOf(plan.getChannels()),
								ChannelCatalog.class)),
				new PageSlot(CALENDAR, () -> new ObjectsPage(this, CALENDAR, "Calendar", Plan::getSchedules, Schedule.class)),
				new PageSlot(LISTENING,
						() -> new ObjectsPage(this, LISTENING, "Listening", plan -> listOf(plan.getListening()),
								Listening.class)));
		for (PageSlot slot : ContributedPages.arrange(this, builtIn)) {
			IFormPage page = slot.page().get();
			if (page == null) {
				continue;
			}
			try {
				addPage(page);
			} catch (PartInitException e) {
				ILog.of(getClass()).error("Cannot add the model editor's page " + slot.id(), e);
			}
		}
		showFile(((IFileEditorInput) getEditorInput()).getFile());
	}

	private static List<Object> listOf(Object root) {
		return root == null ? List.of() : List.of(root);
	}

	/** The project being edited. */
	public EditingSession session() {
		return session;
	}

	/** Undo, redo, delete, copy and paste of this editor. */
	public EditingActions actions() {
		return actions;
	}

	/** Where the editor's viewers publish their selection, for the Properties view and the actions. */
	public void setSelection(ISelection newSelection) {
		selection.setSelection(newSelection);
	}

	@Override
	public EditingDomain getEditingDomain() {
		return session.domain();
	}

	@Override
	public boolean isDirty() {
		return stack.isSaveNeeded();
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		try {
			session.save();
			stack.saveIsDone();
			diskChanges.remember();
			root.refreshLocal(IResource.DEPTH_INFINITE, monitor);
		} catch (IOException e) {
			showError("Cannot save the project", e.getMessage(), e);
		} catch (CoreException e) {
			ILog.of(getClass()).log(e.getStatus());
		}
		firePropertyChange(PROP_DIRTY);
	}

	@Override
	public void doSaveAs() {
		// One project, one folder: there is nothing to save as.
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	/** Forgets the unsaved changes and loads the project from disk again. */
	public void revert() {
		reload();
	}

	/** Loads the project again from disk, dropping unsaved changes and the undo history. */
	public void reload() {
		EditingSession loaded;
		try {
			loaded = EditingSession.load(root.getLocation().toPath(), stack);
		} catch (IOException e) {
			showError("Cannot reload the project", e.getMessage(), e);
			return;
		}
		EditingSession old = session;
		session = loaded;
		diskChanges.remember();
		stack.flush();
		for (Object page : pages) {
			if (page instanceof SessionPage sessionPage) {
				sessionPage.sessionChanged();
			}
		}
		if (propertySheet != null) {
			propertySheet.sessionChanged(session);
		}
		old.dispose();
		firePropertyChange(PROP_DIRTY);
		scheduleValidation();
	}

	private void filesChangedOnDisk() {
		if (getContainer() == null || getContainer().isDisposed() || !diskChanges.changedSinceRemembered()) {
			return;
		}
		if (!isDirty()) {
			reload();
			return;
		}
		int answer = new MessageDialog(getSite().getShell(), "Model Files Changed on Disk", null,
				"The model files of '" + root.getName() + "' changed on disk, and this editor has unsaved changes.",
				MessageDialog.QUESTION, 0, "Reload and Lose My Changes", "Keep Mine").open();
		if (answer == 0) {
			reload();
		} else {
			// Keep mine: the next save writes them over the disk's version; ask again only for a newer change.
			diskChanges.remember();
		}
	}

	private void modelChanged() {
		if (getContainer() == null || getContainer().isDisposed()) {
			return;
		}
		firePropertyChange(PROP_DIRTY);
		for (Object page : pages) {
			if (page instanceof SessionPage sessionPage) {
				sessionPage.modelChanged();
			}
		}
		if (propertySheet != null && !propertySheet.getControl().isDisposed()) {
			propertySheet.refresh();
		}
		actions.update();
		scheduleValidation();
	}

	/**
	 * Validates the plan once the changes pause for a moment (not after every keystroke of a burst) and shows the
	 * findings on every page.
	 */
	private void scheduleValidation() {
		if (validationPending) {
			return;
		}
		validationPending = true;
		Display.getDefault().timerExec(VALIDATION_DELAY_MILLIS, () -> {
			validationPending = false;
			if (getContainer() == null || getContainer().isDisposed()) {
				return;
			}
			session.validate();
			for (Object page : pages) {
				if (page instanceof SessionPage sessionPage) {
					sessionPage.findingsChanged();
				}
			}
		});
	}

	private boolean confirmDelete(List<EObject> objects, DeletionImpact impact) {
		StringBuilder message = new StringBuilder("Delete ");
		message.append(objects.size() == 1 ? session.commands().label(objects.get(0)) : objects.size() + " objects");
		message.append('?');
		int contained = impact.containedCount(objects);
		if (contained > 0) {
			message.append("\n\nWhat it contains goes with it: ").append(contained).append(contained == 1 ? " object." : " objects.");
		}
		if (!impact.references().isEmpty()) {
			message.append("\n\nThese references to it will be removed:");
			impact.references().stream().limit(15).forEach(line -> message.append("\n  • ").append(line));
			if (impact.references().size() > 15) {
				message.append("\n  … and ").append(impact.references().size() - 15).append(" more");
			}
		}
		return MessageDialog.open(MessageDialog.CONFIRM, getSite().getShell(), "Confirm Delete", message.toString(), 0);
	}

	/** Shows the page that holds {@code file}'s objects, selecting its root there. */
	public void showFile(IFile file) {
		String name = file.getName();
		Path relative = root.getLocation().toPath().relativize(file.getLocation().toPath());
		String page = switch (name) {
		case ProjectLayout.STRATEGY -> STRATEGY;
		case ProjectLayout.MATRIX -> MATRIX;
		case ProjectLayout.CHANNELS -> CHANNELS;
		case ProjectLayout.LISTENING -> LISTENING;
		default -> relative.startsWith(ProjectLayout.CALENDAR) ? CALENDAR : OVERVIEW;
		};
		setActivePage(page);
		if (CALENDAR.equals(page)) {
			Path path = file.getLocation().toPath();
			for (Schedule schedule : session.plan().getSchedules()) {
				if (path.equals(session.project().fileOf(schedule))) {
					reveal(schedule);
				}
			}
		}
	}

	/**
	 * Shows the page that holds {@code object} and selects it there, the active page first if it shows it; false when
	 * no page shows it.
	 */
	public boolean reveal(EObject object) {
		List<Object> candidates = new ArrayList<>();
		if (getActivePageInstance() != null) {
			candidates.add(getActivePageInstance());
		}
		candidates.addAll(pages);
		for (Object page : candidates) {
			if (page instanceof RevealingPage revealing && page instanceof IFormPage formPage
					&& revealing.shows(object)) {
				setActivePage(formPage.getId());
				revealing.select(object);
				return true;
			}
		}
		return false;
	}

	@Override
	public void gotoMarker(IMarker marker) {
		String uri = marker.getAttribute(URI_ATTRIBUTE, null);
		if (uri != null) {
			EObject object = session.objectAt(URI.createURI(uri));
			if (object != null) {
				reveal(object);
			}
		}
	}

	@Override
	public boolean show(ShowInContext context) {
		if (!(context.getSelection() instanceof IStructuredSelection structured)) {
			return false;
		}
		for (Object element : structured) {
			EObject object = element instanceof EObject e ? session.objectAt(org.eclipse.emf.ecore.util.EcoreUtil.getURI(e))
					: element instanceof URI uri ? session.objectAt(uri) : null;
			if (object != null && reveal(object)) {
				return true;
			}
		}
		return false;
	}

	/** Whether this editor edits the project of {@code file}. */
	public boolean editsProjectOf(IFile file) {
		return root.equals(ProjectRoot.containerOf(file));
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IPropertySheetPage.class) {
			propertySheet = new ModelPropertySheetPage(session, actions);
			return adapter.cast(propertySheet);
		}
		if (adapter == IGotoMarker.class || adapter == IShowInTarget.class || adapter == IEditingDomainProvider.class) {
			return adapter.cast(this);
		}
		return super.getAdapter(adapter);
	}

	@Override
	public void dispose() {
		if (diskChanges != null) {
			diskChanges.stop();
		}
		if (actions != null) {
			actions.dispose();
		}
		super.dispose();
		if (session != null) {
			session.dispose();
		}
	}

	private void showError(String title, String message, Exception e) {
		IStatus status = Status.error(message, e);
		ILog.of(getClass()).log(status);
		ErrorDialog.openError(getSite().getShell(), title, null, status);
	}
}
