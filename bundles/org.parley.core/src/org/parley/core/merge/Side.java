package org.parley.core.merge;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * One side of a merge (base, ours or theirs): the objects of one file by key, and their feature values in a form
 * that compares across sides. Objects are keyed by id, the file's root by {@link #ROOT}; a reference is the key
 * of its target ({@code id:}) or, for a target in another file, the target's URI ({@code uri:}).
 */
final class Side {

	static final String ROOT = "<root>";

	private final EObject root;
	private final Map<String, EObject> objects = new LinkedHashMap<>();
	private final Map<EObject, String> keys = new IdentityHashMap<>();
	private final Map<String, EClass> externalTargets;

	/**
	 * @param root the root of the file, or {@code null} for a side that does not have the file
	 * @param externalTargets where the classes of targets in other files are collected, by reference key
	 */
	Side(EObject root, Map<String, EClass> externalTargets) {
		this.root = root;
		this.externalTargets = externalTargets;
		if (root != null) {
			index(root);
		}
	}

	/** @return the features a merge compares: stored, changeable, and not the id that identifies the object */
	static List<EStructuralFeature> mergedFeatures(EClass type) {
		List<EStructuralFeature> features = new ArrayList<>();
		for (EStructuralFeature feature : type.getEAllStructuralFeatures()) {
			if (!feature.isTransient() && !feature.isDerived() && feature.isChangeable()
					&& feature != type.getEIDAttribute()) {
				features.add(feature);
			}
		}
		return features;
	}

	EObject root() {
		return root;
	}

	EObject get(String key) {
		return objects.get(key);
	}

	Set<String> keys() {
		return objects.keySet();
	}

	String keyOf(EObject object) {
		return keys.get(object);
	}

	/** @return the key of the object that contains the object of {@code key}, or {@code null} for the root */
	String containerKey(String key) {
		EObject object = objects.get(key);
		return object == null || object.eContainer() == null ? null : keys.get(object.eContainer());
	}

	/**
	 * @return the value of {@code feature} of {@code object}: attribute values as they are (lists copied),
	 *         references as keys
	 */
	Object value(EObject object, EStructuralFeature feature) {
		Object value = object.eGet(feature, false);
		if (feature instanceof EAttribute) {
			return feature.isMany() ? List.copyOf((List<?>) value) : value;
		}
		EReference reference = (EReference) feature;
		if (feature.isMany()) {
			List<String> targets = new ArrayList<>();
			for (Object target : (List<?>) value) {
				targets.add(referenceKey(reference, (EObject) target));
			}
			return targets;
		}
		return value == null ? null : referenceKey(reference, (EObject) value);
	}

	private String referenceKey(EReference reference, EObject target) {
		if (reference.isContainment()) {
			return keys.get(target);
		}
		String key = target.eIsProxy() ? null : keys.get(target);
		if (key != null) {
			return "id:" + key;
		}
		String uri = "uri:" + (target.eIsProxy() ? ((InternalEObject) target).eProxyURI() : EcoreUtil.getURI(target));
		externalTargets.putIfAbsent(uri, target.eClass());
		return uri;
	}

	private void index(EObject object) {
		String key = object == root ? ROOT : idOf(object);
		objects.put(key, object);
		keys.put(object, key);
		for (EStructuralFeature feature : mergedFeatures(object.eClass())) {
			if (feature instanceof EReference reference && reference.isContainment()) {
				Object value = object.eGet(reference, false);
				if (reference.isMany()) {
					for (Object child : (List<?>) value) {
						index((EObject) child);
					}
				} else if (value != null) {
					index((EObject) value);
				}
			}
		}
	}

	private String idOf(EObject object) {
		String id = EcoreUtil.getID(object);
		// Without an id the position is the best identity there is; storage gives every object an id on save.
		return id != null && !id.isBlank() ? id : "@" + EcoreUtil.getRelativeURIFragmentPath(root, object);
	}
}
