package org.parley.core.storage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;
import org.parley.model.Identified;

/**
 * The one pass over a freshly loaded project's files that links them: every reference by id to an object of another
 * project file is resolved through that file's id map, and every id is checked for uniqueness, the files in parallel.
 * <p>
 * The pass only writes to the objects of the file it walks and only reads the id maps of the others, which loading
 * filled, so files do not interfere. What it cannot settle that way (a reference the id maps do not answer, an id seen
 * twice) it leaves to the exact, sequential checks of {@link ProjectLoad}, which then report as they always did.
 */
final class ProjectLinks {

	/** A reference of one object that the pass left for the sequential check. */
	record Unsettled(EObject object, EReference reference) {
	}

	/** What the pass left: per file, in the order given, the unsettled references in document order. */
	record Outcome(List<List<Unsettled>> unsettled, boolean duplicateIds) {
	}

	private final Map<URI, Resource> resources = new HashMap<>();

	/** @param resources the files that loaded cleanly; references into any other file stay for the exact check */
	ProjectLinks(List<Resource> resources) {
		for (Resource resource : resources) {
			this.resources.put(resource.getURI(), resource);
		}
	}

	/** Links the given files, each by one thread. */
	Outcome link(List<Resource> files) {
		Map<String, Resource> ids = new ConcurrentHashMap<>();
		AtomicBoolean duplicate = new AtomicBoolean();
		List<List<Unsettled>> unsettled = files.parallelStream().map(file -> link(file, ids, duplicate)).toList();
		return new Outcome(unsettled, duplicate.get());
	}

	private List<Unsettled> link(Resource file, Map<String, Resource> ids, AtomicBoolean duplicate) {
		List<Unsettled> unsettled = new ArrayList<>();
		for (TreeIterator<EObject> all = EcoreUtil.getAllProperContents(file, false); all.hasNext();) {
			EObject object = all.next();
			if (object instanceof Identified identified && identified.getId() != null
					&& ids.putIfAbsent(identified.getId(), file) != null) {
				duplicate.set(true);
			}
			for (EReference reference : object.eClass().getEAllReferences()) {
				if (reference.isContainment() || reference.isContainer() || reference.isTransient()
						|| reference.isDerived() || !object.eIsSet(reference)) {
					continue;
				}
				if (!resolve(object, reference)) {
					unsettled.add(new Unsettled(object, reference));
				}
			}
		}
		return unsettled;
	}

	/** Replaces the reference's proxies by their targets; false when one of them is not found in the id maps. */
	@SuppressWarnings("unchecked")
	private boolean resolve(EObject object, EReference reference) {
		Object value = object.eGet(reference, false);
		if (!reference.isMany()) {
			EObject target = (EObject) value;
			if (target == null || !target.eIsProxy()) {
				return true;
			}
			EObject resolved = find(target, reference);
			if (resolved != null) {
				object.eSet(reference, resolved);
			}
			return resolved != null;
		}
		if (!(value instanceof InternalEList<?>)) {
			return false;
		}
		InternalEList<EObject> list = (InternalEList<EObject>) value;
		boolean settled = true;
		for (int i = 0; i < list.size(); i++) {
			EObject target = list.basicGet(i);
			if (target.eIsProxy()) {
				EObject resolved = find(target, reference);
				if (resolved != null) {
					// Without the checks of set(): they would resolve the list's other proxies the slow way.
					list.setUnique(i, resolved);
				} else {
					settled = false;
				}
			}
		}
		return settled;
	}

	/** The object a proxy names by id in a project file, or {@code null} when the id maps do not say. */
	private EObject find(EObject proxy, EReference reference) {
		URI uri = ((InternalEObject) proxy).eProxyURI();
		String id = uri.fragment();
		if (id == null || id.isEmpty() || id.charAt(0) == '/') {
			return null;
		}
		if (!(resources.get(uri.trimFragment()) instanceof ResourceImpl file)
				|| file.getIntrinsicIDToEObjectMap() == null) {
			return null;
		}
		EObject target = file.getIntrinsicIDToEObjectMap().get(id);
		return target != null && reference.getEReferenceType().isInstance(target) ? target : null;
	}
}
