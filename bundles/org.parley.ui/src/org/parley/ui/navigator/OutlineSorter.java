package org.parley.ui.navigator;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;

/**
 * Orders a Parley project's children: its outline first, in the order it was built (Strategy, Calendar, Listening;
 * months in time order), then its folders and files by name, as the Project Explorer orders resources.
 */
public class OutlineSorter extends ViewerComparator {

	@Override
	public int category(Object element) {
		if (element instanceof OutlineElement || element instanceof PendingOutline) {
			return 0;
		}
		return element instanceof IContainer ? 1 : 2;
	}

	@Override
	public int compare(Viewer viewer, Object left, Object right) {
		int byCategory = Integer.compare(category(left), category(right));
		if (byCategory != 0 || category(left) == 0) {
			// outline nodes keep their order: the sort is stable
			return byCategory;
		}
		return getComparator().compare(name(left), name(right));
	}

	private static String name(Object element) {
		return element instanceof IResource resource ? resource.getName() : String.valueOf(element);
	}
}
