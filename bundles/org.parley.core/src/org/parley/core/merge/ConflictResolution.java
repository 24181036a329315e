package org.parley.core.merge;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.parley.model.ConflictKind;
import org.parley.model.MergeConflict;
import org.parley.model.ModelFile;

/**
 * Turns a {@link MergeConflict} that the merge recorded and the side the user keeps into the change of the model that
 * choice means: set a feature to their value, delete what they deleted, or nothing (the merge kept ours already). The
 * workbench applies it through {@link #command}, an undoable EMF command that also removes the conflict.
 * <p>
 * The merge keeps our side in the tree and records values as text: attributes as EMF writes them, references and
 * list orders by the ids of their targets. Choosing ours therefore never changes the model.
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

	/** What the merge records as the value of a side that deleted the object. */
	static final String DELETED = "deleted";

	private ConflictResolution() {
	}

	/**
	 * The change that {@code choice} means for {@code conflict}.
	 *
	 * @param file the loaded file that holds {@code conflict}; other files of its resource set are searched for
	 *            the targets of references
	 * @return the change, or nothing when choosing theirs names an object or feature the file no longer has, or a
	 *         value that cannot be restored from the record (an object only their side had, their order of a list
	 *         whose objects differ from ours)
	 */
	public static Optional<Change> of(ModelFile file, MergeConflict conflict, Choice choice) {
		if (choice == Choice.OURS) {
			return Optional.of(new KeepAsIs());
		}
		EObject object = find(file, conflict.getObjectId());
		if (object == null) {
			return Optional.empty();
		}
		String chosen = conflict.getTheirsValue();
		if (conflict.getKind() == ConflictKind.DELETE_MODIFY) {
			return DELETED.equals(chosen) ? Optional.of(new DeleteObject(object)) : Optional.empty();
		}
		EStructuralFeature feature = object.eClass().getEStructuralFeature(conflict.getFeatureName());
		if (feature == null || !feature.isChangeable() || conflict.getKind() == ConflictKind.ADD_ADD
				&& feature instanceof EReference reference && reference.isContainment()) {
			return Optional.empty();
		}
		List<Object> values = new ArrayList<>();
		for (String text : feature.isMany() ? elements(chosen) : Collections.singletonList(chosen)) {
			Object value = value(file, object, feature, text);
			if (text != null && value == null) {
				return Optional.empty();
			}
			values.add(value);
		}
		if (feature instanceof EReference reference && reference.isContainment()
				&& !sameElements((List<?>) object.eGet(feature), values)) {
			return Optional.empty();
		}
		return Optional.of(new SetValue(object, feature, feature.isMany() ? values : values.get(0)));
	}

	/**
	 * The undoable command that resolves {@code conflict} as {@code choice} says and removes it from its file, for
	 * the editing domain's command stack; nothing when {@link #of} offers no change.
	 */
	public static Optional<Command> command(ModelFile file, MergeConflict conflict, Choice choice) {
		return of(file, conflict, choice).map(change -> new ResolveConflictCommand(file, conflict, change));
	}

	private static Object value(ModelFile file, EObject object, EStructuralFeature feature, String text) {
		if (text == null) {
			return null;
		}
		if (feature instanceof EAttribute attribute) {
			try {
				return EcoreUtil.createFromString((EDataType) attribute.getEType(), text);
			} catch (RuntimeException e) {
				return null; // not a value of the type (any more): nothing to offer
			}
		}
		EReference reference = (EReference) feature;
		EObject target = reference.isContainment() ? child(object, reference, text) : find(file, text);
		if (target == null && !reference.isContainment()) {
			target = findInOtherFiles(file, text);
		}
		return target != null && reference.getEReferenceType().isInstance(target) ? target : null;
	}

	/** Lists are recorded as {@code [a, b]}. */
	private static List<String> elements(String text) {
		if (text == null || text.length() < 2 || text.equals("[]")) {
			return List.of();
		}
		return List.of(text.substring(1, text.length() - 1).split(", ", -1));
	}

	private static boolean sameElements(List<?> ours, List<Object> theirs) {
		return ours.size() == theirs.size() && ours.containsAll(theirs);
	}

	private static EObject child(EObject object, EReference containment, String id) {
		for (Object child : containment.isMany() ? (List<?>) object.eGet(containment)
				: Collections.singletonList(object.eGet(containment))) {
			if (child instanceof EObject candidate && id.equals(EcoreUtil.getID(candidate))) {
				return candidate;
			}
		}
		return null;
	}

	/** An object of the file by id; the merge records the file's root by its id too. */
	static EObject find(ModelFile file, String id) {
		if (id == null) {
			return null;
		}
		if (id.equals(file.getId())) {
			return file;
		}
		Resource resource = file.eResource();
		if (resource != null && resource.getContents().contains(file)) {
			EObject found = resource.getEObject(id);
			if (found != null && EcoreUtil.isAncestor(file, found)) {
				return found;
			}
		}
		for (var all = EcoreUtil.<EObject>getAllProperContents(file, false); all.hasNext();) {
			EObject object = all.next();
			if (id.equals(EcoreUtil.getID(object))) {
				return object;
			}
		}
		return null;
	}

	/** A reference's target in another file of the project: the merge records it by the id alone. */
	private static EObject findInOtherFiles(ModelFile file, String id) {
		Resource own = file.eResource();
		ResourceSet resourceSet = own == null ? null : own.getResourceSet();
		if (resourceSet == null) {
			return null;
		}
		for (Resource resource : resourceSet.getResources()) {
			EObject found = resource == own ? null : resource.getEObject(id);
			if (found != null) {
				return found;
			}
		}
		return null;
	}
}
