package org.parley.core.merge;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.parley.model.ConflictKind;
import org.parley.model.MergeConflict;
import org.parley.model.ParleyFactory;

/**
 * The conflicts one merge records, as {@link MergeConflict} objects whose values are text a person can read: an
 * attribute's stored form, a referenced object's id.
 */
final class Conflicts {

	private final String rootId;
	private final List<MergeConflict> all = new ArrayList<>();

	/** @param rootId the id the file's root has on our side, named where the root itself is in conflict */
	Conflicts(String rootId) {
		this.rootId = rootId;
	}

	List<MergeConflict> all() {
		return all;
	}

	void deleteModify(String key, EObject object, boolean changedByOurs) {
		String id = objectId(key);
		String message = object.eClass().getName() + " " + id + " was deleted by " + (changedByOurs ? "theirs" : "ours")
				+ " and changed by " + (changedByOurs ? "ours" : "theirs") + "; it is kept with the changes";
		add(id, "", ConflictKind.DELETE_MODIFY, null, changedByOurs ? "changed" : "deleted",
				changedByOurs ? "deleted" : "changed", message);
	}

	void modifyModify(String key, EObject object, EStructuralFeature feature, ConflictKind kind, Object baseValue,
			Object ourValue, Object theirValue) {
		String id = objectId(key);
		String what = kind == ConflictKind.ADD_ADD ? "added " + object.eClass().getName() + " " + id
				+ " with different " + feature.getName()
				: "changed " + feature.getName() + " of " + object.eClass().getName() + " " + id + " differently";
		add(id, feature.getName(), kind, text(feature, baseValue), text(feature, ourValue), text(feature, theirValue),
				"Both sides " + what + "; ours is kept");
	}

	private void add(String objectId, String featureName, ConflictKind kind, String baseValue, String ourValue,
			String theirValue, String message) {
		MergeConflict conflict = ParleyFactory.eINSTANCE.createMergeConflict();
		// The same merge gives the same conflict ids, so that merging twice writes the same file.
		String identity = String.join("\u0000", objectId, featureName, kind.getName(), String.valueOf(ourValue),
				String.valueOf(theirValue));
		conflict.setId(UUID.nameUUIDFromBytes(identity.getBytes(StandardCharsets.UTF_8)).toString());
		conflict.setObjectId(objectId);
		conflict.setFeatureName(featureName);
		conflict.setKind(kind);
		conflict.setBaseValue(baseValue);
		conflict.setOursValue(ourValue);
		conflict.setTheirsValue(theirValue);
		conflict.setMessage(message);
		all.add(conflict);
	}

	private String objectId(String key) {
		return Side.ROOT.equals(key) ? rootId : key;
	}

	private static String text(EStructuralFeature feature, Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof List<?> values) {
			List<String> texts = new ArrayList<>();
			for (Object element : values) {
				texts.add(text(feature, element));
			}
			return "[" + String.join(", ", texts) + "]";
		}
		if (feature instanceof EAttribute attribute) {
			return EcoreUtil.convertToString((EDataType) attribute.getEType(), value);
		}
		String reference = (String) value;
		// References are kept as keys: "id:<id>" inside the file, "uri:<file>#<id>" elsewhere.
		if (reference.startsWith("id:")) {
			return reference.substring(3);
		}
		if (reference.startsWith("uri:")) {
			URI uri = URI.createURI(reference.substring(4));
			return uri.lastSegment() + "#" + uri.fragment();
		}
		return reference;
	}
}
