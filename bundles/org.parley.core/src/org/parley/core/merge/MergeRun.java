package org.parley.core.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.parley.model.ConflictKind;
import org.parley.model.ModelFile;

/**
 * One run of {@link ModelMerge}: decides which objects survive, merges each surviving object's feature values,
 * puts every surviving object in exactly one container, and builds the merged tree.
 */
final class MergeRun {

	private final Map<String, EClass> externalTargets = new HashMap<>();
	private final Side base;
	private final Side ours;
	private final Side theirs;
	private final Conflicts conflicts;
	private final Set<String> survivors = new LinkedHashSet<>();
	private final Map<String, Map<EStructuralFeature, Object>> values = new LinkedHashMap<>();
	private final Map<String, EObject> merged = new LinkedHashMap<>();

	MergeRun(ModelFile base, ModelFile ours, ModelFile theirs) {
		this.base = new Side(base, externalTargets);
		this.ours = new Side(ours, externalTargets);
		this.theirs = new Side(theirs, externalTargets);
		this.conflicts = new Conflicts(ours.getId());
	}

	MergeResult run() {
		decideSurvivors();
		for (String key : survivors) {
			values.put(key, mergeFeatures(key));
		}
		placeEveryContainedObjectOnce();
		Set<String> reachable = reachableFromRoot();
		for (String key : reachable) {
			merged.put(key, create(key));
		}
		for (String key : reachable) {
			apply(key);
		}
		ModelFile root = (ModelFile) merged.get(Side.ROOT);
		root.getConflicts().addAll(conflicts.all());
		return new MergeResult(root, List.copyOf(conflicts.all()));
	}

	private void decideSurvivors() {
		Set<String> all = new LinkedHashSet<>(ours.keys());
		all.addAll(theirs.keys());
		all.addAll(base.keys());
		for (String key : all) {
			EObject inBase = base.get(key);
			EObject inOurs = ours.get(key);
			EObject inTheirs = theirs.get(key);
			if (inOurs != null && inTheirs != null) {
				survivors.add(key);
			} else if (inOurs != null || inTheirs != null) {
				Side present = inOurs != null ? ours : theirs;
				EObject object = present.get(key);
				if (inBase == null) {
					survivors.add(key);
				} else if (changed(inBase, present, object)) {
					// Losing someone's edit silently is worse than keeping an object the other side removed.
					survivors.add(key);
					conflicts.deleteModify(key, object, inOurs != null);
				}
			}
		}
		for (String key : List.copyOf(survivors)) {
			keepContainers(key);
		}
	}

	/** A container added here was deleted on one side; the conflict of the object inside it explains why. */
	private void keepContainers(String key) {
		Side side = ours.get(key) != null ? ours : theirs;
		String container = side.containerKey(key);
		while (container != null && survivors.add(container)) {
			container = side.containerKey(container);
		}
	}

	private boolean changed(EObject inBase, Side side, EObject object) {
		for (EStructuralFeature feature : Side.mergedFeatures(inBase.eClass())) {
			if (!Objects.equals(base.value(inBase, feature), side.value(object, feature))) {
				return true;
			}
		}
		return false;
	}

	private Map<EStructuralFeature, Object> mergeFeatures(String key) {
		EObject inBase = base.get(key);
		EObject inOurs = ours.get(key);
		EObject inTheirs = theirs.get(key);
		EObject model = inOurs != null ? inOurs : inTheirs;
		Map<EStructuralFeature, Object> result = new LinkedHashMap<>();
		for (EStructuralFeature feature : Side.mergedFeatures(model.eClass())) {
			if (inTheirs == null) {
				result.put(feature, ours.value(inOurs, feature));
			} else if (inOurs == null) {
				result.put(feature, theirs.value(inTheirs, feature));
			} else {
				Object baseValue = inBase == null ? null : base.value(inBase, feature);
				result.put(feature, mergeValue(key, model, feature, inBase != null, baseValue,
						ours.value(inOurs, feature), theirs.value(inTheirs, feature)));
			}
		}
		return result;
	}

	@SuppressWarnings("unchecked")
	private Object mergeValue(String key, EObject model, EStructuralFeature feature, boolean inBase, Object baseValue,
			Object ourValue, Object theirValue) {
		if (Objects.equals(ourValue, theirValue)) {
			return ourValue;
		}
		if (inBase && Objects.equals(ourValue, baseValue)) {
			return theirValue;
		}
		if (inBase && Objects.equals(theirValue, baseValue)) {
			return ourValue;
		}
		if (feature.isMany() && feature.isUnique()) {
			List<Object> from = inBase ? (List<Object>) baseValue : List.of();
			return ListMerge.merge(from, (List<Object>) ourValue, (List<Object>) theirValue);
		}
		conflicts.modifyModify(key, model, feature, inBase ? ConflictKind.MODIFY_MODIFY : ConflictKind.ADD_ADD,
				baseValue, ourValue, theirValue);
		return ourValue;
	}

	/**
	 * Moves and deletions can leave an object in two containers or in none: keep it where ours has it, put an
	 * object whose container list lost it back beside its old neighbours, and drop keys of objects that go.
	 */
	@SuppressWarnings("unchecked")
	private void placeEveryContainedObjectOnce() {
		Map<String, String> placedIn = new HashMap<>();
		for (String container : survivors) {
			for (Map.Entry<EStructuralFeature, Object> entry : values.get(container).entrySet()) {
				if (!(entry.getKey() instanceof EReference reference && reference.isContainment())) {
					continue;
				}
				if (reference.isMany()) {
					List<String> children = new ArrayList<>((List<String>) entry.getValue());
					children.removeIf(child -> !survivors.contains(child) || !claim(placedIn, child, container));
					entry.setValue(children);
				} else if (entry.getValue() instanceof String child
						&& (!survivors.contains(child) || !claim(placedIn, child, container))) {
					entry.setValue(null);
				}
			}
		}
		for (String key : survivors) {
			if (!key.equals(Side.ROOT) && !placedIn.containsKey(key)) {
				placeBesideOldNeighbours(key);
			}
		}
	}

	private boolean claim(Map<String, String> placedIn, String child, String container) {
		String earlier = placedIn.get(child);
		if (earlier == null) {
			placedIn.put(child, container);
			return true;
		}
		if (container.equals(ours.containerKey(child))) {
			for (Map.Entry<EStructuralFeature, Object> entry : values.get(earlier).entrySet()) {
				if (entry.getKey() instanceof EReference reference && reference.isContainment()) {
					if (entry.getValue() instanceof List<?> children) {
						children.remove(child);
					} else if (child.equals(entry.getValue())) {
						entry.setValue(null);
					}
				}
			}
			placedIn.put(child, container);
			return true;
		}
		return false;
	}

	@SuppressWarnings("unchecked")
	private void placeBesideOldNeighbours(String key) {
		Side side = ours.get(key) != null ? ours : theirs;
		EObject object = side.get(key);
		String container = side.containerKey(key);
		EReference feature = object.eContainmentFeature();
		Map<EStructuralFeature, Object> containerValues = values.get(container);
		if (containerValues == null) {
			return;
		}
		if (feature.isMany()) {
			List<String> children = (List<String>) containerValues.get(feature);
			List<String> before = (List<String>) side.value(object.eContainer(), feature);
			children.add(ListMerge.positionAfterPredecessor(children, before, before.indexOf(key)), key);
		} else if (containerValues.get(feature) == null) {
			containerValues.put(feature, key);
		}
	}

	@SuppressWarnings("unchecked")
	private Set<String> reachableFromRoot() {
		Set<String> reachable = new LinkedHashSet<>();
		List<String> pending = new ArrayList<>(List.of(Side.ROOT));
		while (!pending.isEmpty()) {
			String key = pending.remove(pending.size() - 1);
			if (!reachable.add(key)) {
				continue;
			}
			for (Map.Entry<EStructuralFeature, Object> entry : values.get(key).entrySet()) {
				if (entry.getKey() instanceof EReference reference && reference.isContainment()) {
					if (entry.getValue() instanceof List<?> children) {
						pending.addAll((List<String>) children);
					} else if (entry.getValue() instanceof String child) {
						pending.add(child);
					}
				}
			}
		}
		return reachable;
	}

	private EObject create(String key) {
		EObject source = ours.get(key) != null ? ours.get(key) : theirs.get(key);
		EObject object = EcoreUtil.create(source.eClass());
		EAttribute id = source.eClass().getEIDAttribute();
		if (id != null) {
			object.eSet(id, source.eGet(id));
		}
		return object;
	}

	@SuppressWarnings("unchecked")
	private void apply(String key) {
		EObject object = merged.get(key);
		for (Map.Entry<EStructuralFeature, Object> entry : values.get(key).entrySet()) {
			EStructuralFeature feature = entry.getKey();
			Object value = entry.getValue();
			if (feature instanceof EReference reference) {
				value = reference.isMany() ? targets(reference, (List<String>) value) : target(reference, (String) value);
			}
			if (feature.isMany()) {
				((List<Object>) object.eGet(feature)).addAll((List<Object>) value);
			} else if (value != null) {
				object.eSet(feature, value);
			}
		}
	}

	private List<EObject> targets(EReference reference, List<String> keys) {
		List<EObject> targets = new ArrayList<>();
		for (String key : keys) {
			EObject target = target(reference, key);
			if (target != null) {
				targets.add(target);
			}
		}
		return targets;
	}

	/** @return the merged object or a proxy for the key; {@code null} for an object that did not survive */
	private EObject target(EReference reference, String key) {
		if (key == null) {
			return null;
		}
		if (reference.isContainment()) {
			return merged.get(key);
		}
		if (key.startsWith("id:")) {
			return merged.get(key.substring(3));
		}
		String uri = key.substring(4);
		InternalEObject proxy = (InternalEObject) EcoreUtil.create(externalTargets.get(key));
		proxy.eSetProxyURI(URI.createURI(uri));
		return proxy;
	}
}
