package org.parley.core.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The objects of one version of a model file by key: their id, except the root, which is the same file on every side
 * whatever its id. Objects without an id get a key from their containment path.
 */
final class ObjectIndex {

	/** The key of every tree's root. */
	static final String ROOT = "/";

	private final EObject root;
	private final Map<String, EObject> byKey = new LinkedHashMap<>();
	private final Map<EObject, String> keys = new HashMap<>();

	ObjectIndex(EObject root) {
		this.root = root;
		if (root != null) {
			put(ROOT, root);
			for (TreeIterator<EObject> all = root.eAllContents(); all.hasNext();) {
				EObject object = all.next();
				put(keyOf(object), object);
			}
		}
	}

	/** An empty index, for the base of a file that both sides added. */
	static ObjectIndex empty() {
		return new ObjectIndex(null);
	}

	EObject root() {
		return root;
	}

	EObject get(String key) {
		return key == null ? null : byKey.get(key);
	}

	boolean contains(String key) {
		return byKey.containsKey(key);
	}

	/** The key of an object of this tree, or {@code null} for one outside it. */
	String key(EObject object) {
		return keys.get(object);
	}

	/** The keys in document order. */
	List<String> keys() {
		return new ArrayList<>(byKey.keySet());
	}

	/** The key of the object's container in this tree, or {@code null} for the root. */
	String containerKey(EObject object) {
		return object.eContainer() == null ? null : keys.get(object.eContainer());
	}

	/** Adds an object that the merge brought into this tree, with its contents. */
	void addTree(EObject object) {
		put(keyOf(object), object);
		for (TreeIterator<EObject> all = object.eAllContents(); all.hasNext();) {
			EObject child = all.next();
			put(keyOf(child), child);
		}
	}

	/** Forgets an object that the merge took out of this tree, with its contents. */
	void removeTree(EObject object) {
		remove(object);
		for (TreeIterator<EObject> all = object.eAllContents(); all.hasNext();) {
			remove(all.next());
		}
	}

	private void remove(EObject object) {
		String key = keys.remove(object);
		if (key != null) {
			byKey.remove(key);
		}
	}

	private void put(String key, EObject object) {
		// A duplicate id keeps its first object; the second is still merged as part of its container's subtree.
		if (byKey.putIfAbsent(key, object) == null) {
			keys.put(object, key);
		}
	}

	private String keyOf(EObject object) {
		String id = EcoreUtil.getID(object);
		return id != null && !id.isEmpty() ? id : "@" + EcoreUtil.getRelativeURIFragmentPath(root, object);
	}
}
