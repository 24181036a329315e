package org.parley.core.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * Reads and writes the stored, non-containment features of objects in a form that compares across the three versions
 * of a file: attribute values as they are, reference targets by key (the target's id, or the id a proxy names).
 * Never resolves proxies, since the other files of the project are not at hand during a merge.
 */
final class FeatureValues {

	private FeatureValues() {
	}

	private static final Map<EClass, List<EStructuralFeature>> MERGED_FEATURES = new ConcurrentHashMap<>();

	/** The features a merge compares: stored, changeable, not containments (the tree is merged as a tree), not ids. */
	static List<EStructuralFeature> mergedFeatures(EClass eClass) {
		return MERGED_FEATURES.computeIfAbsent(eClass, FeatureValues::findMergedFeatures);
	}

	private static List<EStructuralFeature> findMergedFeatures(EClass eClass) {
		List<EStructuralFeature> features = new ArrayList<>();
		for (EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
			if (feature.isTransient() || feature.isDerived() || !feature.isChangeable()
					|| feature instanceof EAttribute attribute && attribute.isID()
					|| feature instanceof EReference reference && (reference.isContainment() || reference.isContainer())) {
				continue;
			}
			features.add(feature);
		}
		return List.copyOf(features);
	}

	/**
	 * Whether a feature has the same value in two versions of an object, without building comparable values: the
	 * cheap test that lets a merge skip the many features that one side did not touch.
	 */
	static boolean same(EObject a, ObjectIndex aIndex, EObject b, ObjectIndex bIndex, EStructuralFeature feature) {
		boolean aSet = a != null && a.eIsSet(feature);
		boolean bSet = b != null && b.eIsSet(feature);
		if (!aSet || !bSet) {
			return aSet == bSet;
		}
		Object aValue = a.eGet(feature, false);
		Object bValue = b.eGet(feature, false);
		if (feature instanceof EAttribute) {
			return Objects.equals(aValue, bValue);
		}
		if (!feature.isMany()) {
			return key((EObject) aValue, aIndex).equals(key((EObject) bValue, bIndex));
		}
		List<?> aList = ((InternalEList<?>) aValue).basicList();
		List<?> bList = ((InternalEList<?>) bValue).basicList();
		if (aList.size() != bList.size()) {
			return false;
		}
		for (int i = 0; i < aList.size(); i++) {
			if (!key((EObject) aList.get(i), aIndex).equals(key((EObject) bList.get(i), bIndex))) {
				return false;
			}
		}
		return true;
	}

	/** The raw value: the object itself for single features, a snapshot list for many-valued ones. */
	static Object raw(EObject object, EStructuralFeature feature) {
		if (object == null) {
			return feature.isMany() ? List.of() : null;
		}
		Object value = object.eGet(feature, false);
		if (feature.isMany()) {
			List<?> list = value instanceof InternalEList<?> internal ? internal.basicList() : (List<?>) value;
			return new ArrayList<>(list);
		}
		return value;
	}

	/** A value that equals the same value of another version: reference targets become keys. */
	static Object comparable(Object raw, EStructuralFeature feature, ObjectIndex index) {
		if (feature instanceof EAttribute) {
			return raw;
		}
		if (feature.isMany()) {
			List<String> keys = new ArrayList<>();
			for (Object target : (List<?>) raw) {
				keys.add(key((EObject) target, index));
			}
			return keys;
		}
		return raw == null ? null : key((EObject) raw, index);
	}

	/** The key of a reference target: the index's key for an object in the tree, else the id it has or names. */
	static String key(EObject target, ObjectIndex index) {
		String key = index.key(target);
		if (key != null) {
			return key;
		}
		if (target.eIsProxy()) {
			URI uri = ((InternalEObject) target).eProxyURI();
			return uri.fragment() != null ? uri.fragment() : uri.toString();
		}
		String id = EcoreUtil.getID(target);
		return id != null ? id : EcoreUtil.getURI(target).toString();
	}

	/** The value as text, for a merge conflict's record; {@code null} for no value. */
	static String text(Object raw, EStructuralFeature feature, ObjectIndex index) {
		if (feature instanceof EAttribute attribute) {
			if (feature.isMany()) {
				List<String> texts = new ArrayList<>();
				for (Object value : (List<?>) raw) {
					texts.add(EcoreUtil.convertToString(attribute.getEAttributeType(), value));
				}
				return texts.toString();
			}
			return raw == null ? null : EcoreUtil.convertToString(attribute.getEAttributeType(), raw);
		}
		Object comparable = comparable(raw, feature, index);
		return comparable == null ? null : comparable.toString();
	}

	/**
	 * Sets a feature of {@code target} (in the merged tree) to a value taken from another version: reference targets
	 * are mapped to the merged tree's objects by key; a target outside the file stays a proxy; a target the merged
	 * tree no longer has is left out.
	 */
	@SuppressWarnings("unchecked")
	static void set(EObject target, EStructuralFeature feature, Object raw, ObjectIndex from, ObjectIndex into) {
		if (feature instanceof EReference) {
			if (feature.isMany()) {
				List<EObject> mapped = new ArrayList<>();
				for (Object value : (List<?>) raw) {
					EObject object = map((EObject) value, from, into);
					if (object != null) {
						mapped.add(object);
					}
				}
				InternalEList<EObject> list = (InternalEList<EObject>) target.eGet(feature, false);
				list.clear();
				list.addAllUnique(mapped);
			} else {
				EObject mapped = raw == null ? null : map((EObject) raw, from, into);
				if (mapped == null) {
					target.eUnset(feature);
				} else {
					target.eSet(feature, mapped);
				}
			}
		} else if (feature.isMany()) {
			List<Object> list = (List<Object>) target.eGet(feature);
			list.clear();
			if (list instanceof InternalEList<?>) {
				((InternalEList<Object>) list).addAllUnique((List<Object>) raw);
			} else {
				list.addAll((List<Object>) raw);
			}
		} else if (raw == null) {
			target.eUnset(feature);
		} else {
			target.eSet(feature, raw);
		}
	}

	/** The merged tree's object for a reference target of another version. */
	static EObject map(EObject value, ObjectIndex from, ObjectIndex into) {
		String key = from.key(value);
		if (key != null) {
			return into.get(key);
		}
		if (value.eIsProxy()) {
			EObject proxy = EcoreUtil.create(value.eClass());
			((InternalEObject) proxy).eSetProxyURI(((InternalEObject) value).eProxyURI());
			return proxy;
		}
		return value;
	}
}
