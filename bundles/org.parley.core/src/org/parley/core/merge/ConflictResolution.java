package org.parley.core.merge;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.parley.model.ConflictKind;
import org.parley.model.MergeConflict;
import org.parley.model.ModelFile;

/**
 * Turns a recorded {@link MergeConflict} and the user's choice of side into the change of the model that choice
 * means, so that the workbench can apply it as an EMF command (set, or delete) and then remove the conflict. It
 * changes nothing itself.
 */
public final class ConflictResolution {

	/** The side whose version the user keeps. */
	public enum Choice {
		OURS, THEIRS
	}

	/** A change that resolves a conflict. */
	public sealed interface Change permits SetValue, DeleteObject, KeepAsIs {
	}

	/**
	 * Give {@code feature} of {@code object} the value {@code value} (a list for a many-valued feature).
	 *
	 * @param object the object in conflict
	 * @param feature its feature in conflict
	 * @param value the chosen side's value
	 */
	public record SetValue(EObject object, EStructuralFeature feature, Object value) implements Change {
	}

	/**
	 * Delete {@code object}, which the chosen side had deleted.
	 *
	 * @param object the object to delete
	 */
	public record DeleteObject(EObject object) implements Change {
	}

	/** The model already holds the chosen side's version; only the conflict goes. */
	public record KeepAsIs() implements Change {
	}

	private ConflictResolution() {
	}

	/**
	 * @param file the loaded file that holds {@code conflict}
	 * @return the change, or nothing when the conflict names an object or feature the file no longer has, or a
	 *         value that can no longer be restored (an object only the other side created)
	 */
	public static Optional<Change> of(ModelFile file, MergeConflict conflict, Choice choice) {
		EObject object = find(file, conflict.getObjectId());
		if (object == null) {
			return Optional.empty();
		}
		String chosen = choice == Choice.OURS ? conflict.getOursValue() : conflict.getTheirsValue();
		if (conflict.getKind() == ConflictKind.DELETE_MODIFY) {
			return Optional.of("deleted".equals(chosen) ? new DeleteObject(object) : new KeepAsIs());
		}
		EStructuralFeature feature = object.eClass().getEStructuralFeature(conflict.getFeatureName());
		if (feature == null || feature instanceof EReference reference && reference.isContainment()) {
			return Optional.empty();
		}
		List<Object> values = new ArrayList<>();
		for (String text : feature.isMany() ? elements(chosen) : Collections.singletonList(chosen)) {
			Object value = value(file, feature, text);
			if (text != null && value == null) {
				return Optional.empty();
			}
			values.add(value);
		}
		return Optional.of(new SetValue(object, feature, feature.isMany() ? values : values.get(0)));
	}

	private static Object value(ModelFile file, EStructuralFeature feature, String text) {
		if (text == null) {
			return null;
		}
		if (feature instanceof EAttribute attribute) {
			return EcoreUtil.createFromString((EDataType) attribute.getEType(), text);
		}
		int hash = text.indexOf('#');
		if (hash < 0) {
			return find(file, text);
		}
		// Another file's object, written as "matrix.parley#<id>" relative to this file.
		Resource resource = file.eResource();
		if (resource == null || resource.getResourceSet() == null) {
			return null;
		}
		URI uri = URI.createURI(text).resolve(resource.getURI());
		return resource.getResourceSet().getEObject(uri, true);
	}

	/** Lists are recorded as {@code [a, b]}. */
	private static List<String> elements(String text) {
		if (text == null || text.length() < 2 || text.equals("[]")) {
			return List.of();
		}
		return List.of(text.substring(1, text.length() - 1).split(", ", -1));
	}

	private static EObject find(ModelFile file, String id) {
		if (id == null) {
			return null;
		}
		if (id.equals(file.getId())) {
			return file;
		}
		for (var all = EcoreUtil.<EObject>getAllProperContents(file, false); all.hasNext();) {
			EObject object = all.next();
			if (id.equals(EcoreUtil.getID(object))) {
				return object;
			}
		}
		return null;
	}
}
