package org.parley.ui.emf;

import java.util.Collection;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.widgets.Control;

/**
 * A JFace tree or table content provider over EMF.Edit item providers (what edit.ui's
 * {@code AdapterFactoryContentProvider} does): children are what the objects' {@link ITreeItemContentProvider}s say,
 * and every change the item providers report refreshes the viewer, once per burst of changes.
 * <p>
 * An input that is a collection shows its elements as the roots; any other input shows its children.
 */
public class ItemContentProvider implements ITreeContentProvider, INotifyChangedListener {

	private final AdapterFactory adapterFactory;
	private StructuredViewer viewer;
	private boolean refreshPending;

	public ItemContentProvider(AdapterFactory adapterFactory) {
		this.adapterFactory = adapterFactory;
		if (adapterFactory instanceof IChangeNotifier notifier) {
			notifier.addListener(this);
		}
	}

	/** The adapter factory whose item providers this provider asks. */
	public AdapterFactory adapterFactory() {
		return adapterFactory;
	}

	@Override
	public Object[] getElements(Object input) {
		if (input instanceof Collection<?> roots) {
			return roots.toArray();
		}
		return getChildren(input);
	}

	@Override
	public Object[] getChildren(Object parent) {
		ITreeItemContentProvider provider = provider(parent);
		return provider == null ? new Object[0] : provider.getChildren(parent).toArray();
	}

	@Override
	public Object getParent(Object element) {
		ITreeItemContentProvider provider = provider(element);
		return provider == null ? null : provider.getParent(element);
	}

	@Override
	public boolean hasChildren(Object element) {
		ITreeItemContentProvider provider = provider(element);
		return provider != null && provider.hasChildren(element);
	}

	@Override
	public void inputChanged(Viewer newViewer, Object oldInput, Object newInput) {
		this.viewer = newViewer instanceof StructuredViewer structured ? structured : null;
	}

	@Override
	public void notifyChanged(Notification notification) {
		if (viewer == null || refreshPending) {
			return;
		}
		Control control = viewer.getControl();
		if (control == null || control.isDisposed()) {
			return;
		}
		// Commands change many features at once; one refresh after them is enough, and it must run on the UI thread.
		refreshPending = true;
		control.getDisplay().asyncExec(() -> {
			refreshPending = false;
			if (!control.isDisposed()) {
				viewer.refresh();
			}
		});
	}

	@Override
	public void dispose() {
		if (adapterFactory instanceof IChangeNotifier notifier) {
			notifier.removeListener(this);
		}
		viewer = null;
	}

	protected ITreeItemContentProvider provider(Object object) {
		return (ITreeItemContentProvider) adapterFactory.adapt(object, ITreeItemContentProvider.class);
	}
}
