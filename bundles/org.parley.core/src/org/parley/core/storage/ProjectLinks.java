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
 * The pass only writes to the objects of the file it links and only reads the id maps of the others, which loading
 * filled, so files do not interfere. It visits just the references that loading noted as holding proxies (see
 * {@link LinkRecord}), and walks a file object by object only when that note does not account for every proxy. What it cannot settle that way (a reference the id maps do not answer, an id seen
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
		int expectedIds = 0;
		for (Resource file : files) {
			expectedIds += file instanceof ResourceImpl impl && impl.getIntrinsicIDToEObjectMap() != null
					? impl.getIntrinsicIDToEObjectMap().size()
					: 0;
		}
		Map<String, Resource> ids = new ConcurrentHashMap<>(expectedIds * 2);
		AtomicBoolean duplicate = new AtomicBoolean();
		List<List<Unsettled>> unsettled = files.parallelStream().map(file -> link(file, ids, duplicate)).toList();
		return new Outcome(unsettled, duplicate.get());
	}

	/**
	 * Links one file through what its load recorded: its ids from its id map, its proxies from the references that
	 * received them. When the record does not account for every proxy, or a proxy stays unresolved, the file is
	 * walked object by object instead, which finds the unsettled references in document order.
	 */
	private List<Unsettled> link(Resource file, Map<String, Resource> ids, AtomicBoolean duplicate) {
		LinkRecord record = file instanceof ParleyResource parley ? parley.takeLinkRecord() : null;
		Map<String, EObject> fileIds = file instanceof ResourceImpl impl ? impl.getIntrinsicIDToEObjectMap() : null;
		if (record == null || fileIds == null) {
			return walk(file, ids, duplicate, true);
		}
		if (fileIds.size() != record.ids) {
			// an id given twice in the file (or not indexed): the exact check finds out which
			duplicate.set(true);
		}
		for (String id : fileIds.keySet()) {
			if (ids.putIfAbsent(id, file) != null) {
				duplicate.set(true);
			}
		}
		Targets targets = new Targets();
		boolean settled = true;
		for (int i = 0; i < record.holders.size(); i++) {
			settled &= resolve(record.holders.get(i), record.references.get(i), targets);
		}
		return settled && targets.replaced == record.proxies ? List.of() : walk(file, ids, duplicate, false);
	}

	/** Links a file by visiting every reference of every object; {@code withIds}: and checks its ids. */
	private List<Unsettled> walk(Resource file, Map<String, Resource> ids, AtomicBoolean duplicate, boolean withIds) {
		List<Unsettled> unsettled = new ArrayList<>();
		Targets targets = new Targets();
		for (TreeIterator<EObject> all = EcoreUtil.getAllProperContents(file, false); all.hasNext();) {
			EObject object = all.next();
			if (withIds && object instanceof Identified identified && identified.getId() != null
					&& ids.putIfAbsent(identified.getId(), file) != null) {
				duplicate.set(true);
			}
			for (EReference reference : object.eClass().getEAllReferences()) {
				if (reference.isContainment() || reference.isContainer() || reference.isTransient()
						|| reference.isDerived() || !object.eIsSet(reference)) {
					continue;
				}
				if (!resolve(object, reference, targets)) {
					unsettled.add(new Unsettled(object, reference));
				}
			}
		}
		return unsettled;
	}

	/**
	 * Replaces the reference's proxies by their targets, counting them in {@code targets}; false when one of them is
	 * not found in the id maps.
	 */
	@SuppressWarnings("unchecked")
	private boolean resolve(EObject object, EReference reference, Targets targets) {
		Object value = object.eGet(reference, false);
		if (!reference.isMany()) {
			EObject target = (EObject) value;
			if (target == null || !target.eIsProxy()) {
				return true;
			}
			EObject resolved = targets.find(target, reference);
			if (resolved != null) {
				object.eSet(reference, resolved);
				targets.replaced++;
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
				EObject resolved = targets.find(target, reference);
				if (resolved != null) {
					// Without the checks of set(): they would resolve the list's other proxies the slow way.
					list.setUnique(i, resolved);
					targets.replaced++;
				} else {
					settled = false;
				}
			}
		}
		return settled;
	}

	/**
	 * The targets found while linking one file, by proxy URI: a file names the same few hundred objects thousands of
	 * times, and proxies of the same text share their URI. Counts the proxies replaced.
	 */
	private final class Targets {
		private final Map<URI, EObject> found = new HashMap<>();
		int replaced;

		/** The object a proxy names by id in a project file, or {@code null} when the id maps do not say. */
		EObject find(EObject proxy, EReference reference) {
			URI uri = ((InternalEObject) proxy).eProxyURI();
			EObject target = found.get(uri);
			if (target == null) {
				target = lookUp(uri);
				if (target != null) {
					found.put(uri, target);
				}
			}
			return target != null && reference.getEReferenceType().isInstance(target) ? target : null;
		}
	}

	private EObject lookUp(URI uri) {
		String id = uri.fragment();
		if (id == null || id.isEmpty() || id.charAt(0) == '/') {
			return null;
		}
		if (!(resources.get(uri.trimFragment()) instanceof ResourceImpl file)
				|| file.getIntrinsicIDToEObjectMap() == null) {
			return null;
		}
		return file.getIntrinsicIDToEObjectMap().get(id);
	}
}
