package org.parley.core.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;
import org.parley.model.ConflictKind;
import org.parley.model.ContentItem;
import org.parley.model.MergeConflict;
import org.parley.model.Named;
import org.parley.model.ParleyFactory;

/**
 * One run of {@link ModelMerger}: the indexes of the three trees, the steps that bring their changes into our tree
 * (deletions, additions, moves, features, list order), and the conflicts found on the way.
 */
final class ThreeWayMerge {
	private final ObjectIndex base;
	private final ObjectIndex ours;
	private final ObjectIndex theirs;
	final List<MergeConflict> conflicts = new ArrayList<>();
	private final Set<EObject> removed = new HashSet<>();
	/** Copies of objects they added, to their originals. */
	private final Map<EObject, EObject> copies = new HashMap<>();
	private final Set<EObject> copied = new HashSet<>();

	ThreeWayMerge(ObjectIndex base, ObjectIndex ours, ObjectIndex theirs) {
		this.base = base;
		this.ours = ours;
		this.theirs = theirs;
	}

	void run() {
		List<String> common = new ArrayList<>();
		for (String key : base.keys()) {
			if (ours.contains(key) && theirs.contains(key)) {
				common.add(key);
			}
		}
		applyTheirDeletions();
		reportOurDeletions();
		applyTheirAdditions();
		for (String key : common) {
			applyTheirMove(key);
		}
		for (String key : common) {
			mergeFeatures(key, base.get(key));
		}
		for (String key : theirs.keys()) {
			if (!base.contains(key) && ours.contains(key) && !copied.contains(theirs.get(key))) {
				mergeFeatures(key, null); // added on both sides with the same id
			}
		}
		for (Map.Entry<EObject, EObject> copy : copies.entrySet()) {
			for (EStructuralFeature feature : FeatureValues.mergedFeatures(copy.getKey().eClass())) {
				if (feature instanceof EReference && copy.getValue().eIsSet(feature)) {
					FeatureValues.set(copy.getKey(), feature, FeatureValues.raw(copy.getValue(), feature), theirs,
							ours);
				}
			}
		}
		for (String key : common) {
			mergeOrder(key);
		}
		dropReferencesToRemoved();
	}

	/** Objects they deleted go, unless we changed something in them. */
	private void applyTheirDeletions() {
		for (String key : base.keys()) {
			EObject our = ours.get(key);
			if (our == null || theirs.contains(key) || isDeletedWithContainer(key, theirs)) {
				continue;
			}
			if (changedIn(our, ours)) {
				conflict(ConflictKind.DELETE_MODIFY, key, "", describe(base.get(key)), changes(our, ours), "deleted",
						describe(our) + " was deleted on their side but changed on ours; ours is kept");
			} else {
				ours.removeTree(our);
				collect(our);
				EcoreUtil.remove(our);
			}
		}
	}

	/** Objects we deleted stay deleted; their changes to them are recorded. */
	private void reportOurDeletions() {
		for (String key : base.keys()) {
			EObject their = theirs.get(key);
			if (their == null || ours.contains(key) || isDeletedWithContainer(key, ours)
					|| !changedIn(their, theirs)) {
				continue;
			}
			conflict(ConflictKind.DELETE_MODIFY, key, "", describe(base.get(key)), "deleted", changes(their, theirs),
					describe(their) + " was deleted on our side but changed on theirs; the deletion is kept");
		}
	}

	/** Objects only they added are copied in, after the sibling they follow on their side. */
	private void applyTheirAdditions() {
		for (String key : theirs.keys()) {
			if (base.contains(key) || ours.contains(key)) {
				continue;
			}
			EObject their = theirs.get(key);
			String containerKey = theirs.containerKey(their);
			if (!base.contains(containerKey) && !ours.contains(containerKey)) {
				continue; // inside an object they added: copied with it
			}
			EObject parent = ours.get(containerKey);
			if (parent == null || ours.contains(key)) {
				if (parent == null) {
					conflict(ConflictKind.DELETE_MODIFY, containerKey, their.eContainmentFeature().getName(), null,
							"deleted", key, describe(their) + " was added on their side inside "
									+ describe(base.get(containerKey)) + ", which was deleted on ours");
				}
				continue;
			}
			EObject copy = copy(their);
			if (!place(copy, parent, their)) {
				EObject occupant = (EObject) parent.eGet(their.eContainmentFeature());
				conflict(ConflictKind.ADD_ADD, containerKey, their.eContainmentFeature().getName(), null,
						ours.key(occupant), key, "both sides added a different " + their.eContainmentFeature()
								.getName() + " to " + describe(parent) + "; ours is kept");
			} else {
				ours.addTree(copy);
			}
		}
	}

	/** An object they moved to another container (that we did not move) moves in our tree too. */
	private void applyTheirMove(String key) {
		EObject their = theirs.get(key);
		EObject our = ours.get(key);
		EObject was = base.get(key);
		if (was.eContainer() == null) {
			return;
		}
		String baseContainer = base.containerKey(was);
		String theirContainer = theirs.containerKey(their);
		boolean theyMoved = !Objects.equals(baseContainer, theirContainer)
				|| was.eContainmentFeature() != their.eContainmentFeature();
		boolean weMoved = !Objects.equals(baseContainer, ours.containerKey(our))
				|| was.eContainmentFeature() != our.eContainmentFeature();
		if (!theyMoved) {
			return;
		}
		EObject parent = ours.get(theirContainer);
		if (weMoved || parent == null) {
			if (!Objects.equals(ours.containerKey(our), theirContainer)) {
				conflict(ConflictKind.MODIFY_MODIFY, key, "eContainer", baseContainer, ours.containerKey(our),
						theirContainer, describe(our) + " was moved on both sides; our place is kept");
			}
			return;
		}
		place(our, parent, their);
	}

	/** Puts {@code object} into {@code parent} where {@code their} is in its container; false when occupied. */
	@SuppressWarnings("unchecked")
	private boolean place(EObject object, EObject parent, EObject their) {
		EReference feature = their.eContainmentFeature();
		if (!feature.isMany()) {
			if (parent.eGet(feature, false) != null) {
				return false;
			}
			parent.eSet(feature, object);
			return true;
		}
		EList<EObject> theirList = (EList<EObject>) their.eContainer().eGet(feature, false);
		EList<EObject> ourList = (EList<EObject>) parent.eGet(feature, false);
		int index = 0;
		for (int i = theirList.indexOf(their) - 1; i >= 0; i--) {
			EObject preceding = ours.get(theirs.key(theirList.get(i)));
			int at = preceding == null ? -1 : ourList.indexOf(preceding);
			if (at >= 0) {
				index = at + 1;
				break;
			}
		}
		// Where both sides added after the same sibling, ours come first, as in Git's conflict hunks.
		while (index < ourList.size() && isOurAddition(ourList.get(index))) {
			index++;
		}
		ourList.add(Math.min(index, ourList.size()), object);
		return true;
	}

	/** Whether an object of our tree is one that only we added. */
	private boolean isOurAddition(EObject object) {
		String key = ours.key(object);
		return key != null && !base.contains(key) && !theirs.contains(key);
	}

	/**
	 * A copy of an object they added, without the objects that they moved into it: those are moved, not copied,
	 * so that no id appears twice.
	 */
	private EObject copy(EObject their) {
		EcoreUtil.Copier copier = new EcoreUtil.Copier(false);
		EObject copy = copier.copy(their);
		for (Map.Entry<EObject, EObject> entry : copier.entrySet()) {
			String key = theirs.key(entry.getKey());
			if (entry.getKey() != their && (base.contains(key) || ours.contains(key))) {
				EcoreUtil.remove(entry.getValue());
			}
		}
		for (Map.Entry<EObject, EObject> entry : copier.entrySet()) {
			if (EcoreUtil.isAncestor(copy, entry.getValue())) {
				copies.put(entry.getValue(), entry.getKey());
				copied.add(entry.getKey());
			}
		}
		return copy;
	}

	/** Three-way merge of one object's attributes and references. */
	private void mergeFeatures(String key, EObject was) {
		EObject our = ours.get(key);
		EObject their = theirs.get(key);
		for (EStructuralFeature feature : FeatureValues.mergedFeatures(our.eClass())) {
			if (was != null && FeatureValues.same(was, base, their, theirs, feature)) {
				continue; // they did not touch it: ours stands, whatever it is
			}
			Object baseRaw = FeatureValues.raw(was, feature);
			Object ourRaw = FeatureValues.raw(our, feature);
			Object theirRaw = FeatureValues.raw(their, feature);
			Object baseValue = was == null ? null : FeatureValues.comparable(baseRaw, feature, base);
			Object ourValue = FeatureValues.comparable(ourRaw, feature, ours);
			Object theirValue = FeatureValues.comparable(theirRaw, feature, theirs);
			boolean added = was == null;
			if (Objects.equals(ourValue, theirValue) || !added && Objects.equals(theirValue, baseValue)) {
				continue;
			}
			if (!added && Objects.equals(ourValue, baseValue)) {
				FeatureValues.set(our, feature, theirRaw, theirs, ours);
			} else if (feature.isMany() && feature.isUnique()) {
				mergeLists(our, feature, (List<?>) baseValue, ourRaw, theirRaw, (List<?>) ourValue,
						(List<?>) theirValue);
			} else {
				conflict(added ? ConflictKind.ADD_ADD : ConflictKind.MODIFY_MODIFY, key, feature.getName(),
						added ? null : FeatureValues.text(baseRaw, feature, base),
						FeatureValues.text(ourRaw, feature, ours), FeatureValues.text(theirRaw, feature, theirs),
						feature.getName() + " of " + describe(our) + " was changed on both sides; ours is kept");
			}
		}
	}

	@SuppressWarnings("unchecked")
	private void mergeLists(EObject our, EStructuralFeature feature, List<?> baseValue, Object ourRaw,
			Object theirRaw, List<?> ourValue, List<?> theirValue) {
		List<Object> merged = ListMerge.merge(baseValue == null ? List.of() : (List<Object>) baseValue,
				(List<Object>) ourValue, (List<Object>) theirValue);
		// Map each merged element (a key for references) back to a value: ours where we have it, else theirs.
		Map<Object, Object> values = new HashMap<>();
		List<?> theirList = (List<?>) theirRaw;
		for (int i = 0; i < theirList.size(); i++) {
			values.put(theirValue.get(i), feature instanceof EReference
					? FeatureValues.map((EObject) theirList.get(i), theirs, ours) : theirList.get(i));
		}
		List<?> ourList = (List<?>) ourRaw;
		for (int i = 0; i < ourList.size(); i++) {
			values.put(ourValue.get(i), ourList.get(i));
		}
		List<Object> raw = new ArrayList<>();
		for (Object element : merged) {
			Object value = values.get(element);
			if (value != null) {
				raw.add(value);
			}
		}
		FeatureValues.set(our, feature, raw, ours, ours);
	}

	/** Reorders of a containment list by them are applied when we kept the order. */
	@SuppressWarnings("unchecked")
	private void mergeOrder(String key) {
		EObject our = ours.get(key);
		if (our == null) {
			return;
		}
		for (EReference feature : our.eClass().getEAllContainments()) {
			if (!feature.isMany() || feature.isTransient() || !theirs.get(key).eIsSet(feature)) {
				continue; // an empty list on their side has no order to bring in
			}
			List<String> baseKeys = keys(base.get(key), feature, base);
			List<String> theirKeys = keys(theirs.get(key), feature, theirs);
			if (ListMerge.sameOrder(baseKeys, theirKeys)) {
				continue;
			}
			List<String> ourKeys = keys(our, feature, ours);
			if (ourKeys.contains(null) || theirKeys.contains(null)) {
				continue; // an object with a duplicate id: its order cannot be told apart
			}
			if (ListMerge.sameOrder(baseKeys, ourKeys)) {
				List<EObject> order = new ArrayList<>();
				for (String child : ListMerge.reorder(ourKeys, theirKeys)) {
					order.add(ours.get(child));
				}
				ECollections.setEList((EList<EObject>) our.eGet(feature), order);
			} else if (!ListMerge.sameOrder(ourKeys, theirKeys)) {
				conflict(ConflictKind.MODIFY_MODIFY, key, feature.getName(), baseKeys.toString(),
						ourKeys.toString(), theirKeys.toString(), "the order of " + feature.getName() + " of "
								+ describe(our) + " was changed on both sides; ours is kept");
			}
		}
	}

	private static List<String> keys(EObject object, EReference feature, ObjectIndex index) {
		List<String> keys = new ArrayList<>();
		for (Object child : (List<?>) object.eGet(feature, false)) {
			keys.add(index.key((EObject) child));
		}
		return keys;
	}

	/** Whether the object (or anything in it) differs from the base: changed, added, or has new contents. */
	private boolean changedIn(EObject object, ObjectIndex side) {
		if (differs(object, side)) {
			return true;
		}
		for (TreeIterator<EObject> all = object.eAllContents(); all.hasNext();) {
			if (differs(all.next(), side)) {
				return true;
			}
		}
		return false;
	}

	private boolean differs(EObject object, ObjectIndex side) {
		EObject was = base.get(side.key(object));
		if (was == null) {
			return true;
		}
		for (EStructuralFeature feature : FeatureValues.mergedFeatures(object.eClass())) {
			if (!FeatureValues.same(object, side, was, base, feature)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * What a side changed in an object, for the record of a delete/modify conflict: {@code feature=value} for each
	 * changed feature, and how many objects inside it changed or were added.
	 */
	private String changes(EObject object, ObjectIndex side) {
		List<String> changes = new ArrayList<>();
		EObject was = base.get(side.key(object));
		for (EStructuralFeature feature : FeatureValues.mergedFeatures(object.eClass())) {
			Object now = FeatureValues.raw(object, feature);
			if (!Objects.equals(FeatureValues.comparable(now, feature, side),
					FeatureValues.comparable(FeatureValues.raw(was, feature), feature, base))) {
				changes.add(feature.getName() + "=" + FeatureValues.text(now, feature, side));
			}
		}
		int inside = 0;
		for (TreeIterator<EObject> all = object.eAllContents(); all.hasNext();) {
			if (differs(all.next(), side)) {
				inside++;
			}
		}
		if (inside > 0) {
			changes.add(inside + " changed or added object" + (inside == 1 ? "" : "s") + " inside");
		}
		return String.join("; ", changes);
	}

	/** Whether the object's container is gone from {@code side} too, so that the container answers for it. */
	private boolean isDeletedWithContainer(String key, ObjectIndex side) {
		String containerKey = base.containerKey(base.get(key));
		return containerKey != null && !side.contains(containerKey) && !ObjectIndex.ROOT.equals(containerKey);
	}

	private void collect(EObject object) {
		removed.add(object);
		for (TreeIterator<EObject> all = object.eAllContents(); all.hasNext();) {
			removed.add(all.next());
		}
	}

	/** References from our remaining objects to objects their deletions removed would dangle: drop them. */
	private void dropReferencesToRemoved() {
		if (removed.isEmpty()) {
			return;
		}
		for (String key : ours.keys()) {
			EObject object = ours.get(key);
			for (EReference reference : object.eClass().getEAllReferences()) {
				if (reference.isContainment() || reference.isContainer() || reference.isDerived()
						|| !reference.isChangeable() || !object.eIsSet(reference)) {
					continue;
				}
				Object value = object.eGet(reference, false);
				if (reference.isMany()) {
					((InternalEList<?>) value).basicList().stream().filter(removed::contains).toList()
							.forEach(((List<?>) value)::remove);
				} else if (removed.contains(value)) {
					object.eUnset(reference);
				}
			}
		}
	}

	private void conflict(ConflictKind kind, String key, String feature, String baseValue, String ourValue,
			String theirValue, String message) {
		MergeConflict conflict = ParleyFactory.eINSTANCE.createMergeConflict();
		conflict.setId(UUID.randomUUID().toString());
		conflict.setObjectId(ObjectIndex.ROOT.equals(key) ? EcoreUtil.getID(ours.root()) : key);
		conflict.setFeatureName(feature);
		conflict.setKind(kind);
		conflict.setBaseValue(baseValue);
		conflict.setOursValue(ourValue);
		conflict.setTheirsValue(theirValue);
		conflict.setMessage(message);
		conflicts.add(conflict);
	}

	private static String describe(EObject object) {
		if (object == null) {
			return "an object";
		}
		String label = object instanceof Named named ? named.getName()
				: object instanceof ContentItem item ? item.getTitle() : null;
		String id = EcoreUtil.getID(object);
		return object.eClass().getName() + (label != null ? " '" + label + "'" : "") + (id != null ? " " + id : "");
	}
}
