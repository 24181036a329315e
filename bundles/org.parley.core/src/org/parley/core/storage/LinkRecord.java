package org.parley.core.storage;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

/**
 * What reading one file noted for linking it to the others ({@link RecordingHandler} writes it, {@link ProjectLinks}
 * reads it): the references that received proxies, so that linking visits just those instead of every feature of
 * every object, and counts that tell linking whether the record accounts for everything.
 */
final class LinkRecord {

	/** The objects whose reference received a proxy, with {@link #references} at the same index, in document order. */
	final List<EObject> holders = new ArrayList<>();
	/** The references that received proxies, with {@link #holders}. */
	final List<EReference> references = new ArrayList<>();
	/** How many proxies the file made. */
	int proxies;
	/** How many id attributes the file holds. */
	int ids;

	void add(EObject holder, EReference reference) {
		int last = holders.size() - 1;
		// the values of a many-valued reference stand one after the other: one entry for them all
		if (last < 0 || holders.get(last) != holder || references.get(last) != reference) {
			holders.add(holder);
			references.add(reference);
		}
	}
}
