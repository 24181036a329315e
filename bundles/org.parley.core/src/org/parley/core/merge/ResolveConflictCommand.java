package org.parley.core.merge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EStructuralFeature.Setting;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.parley.core.merge.ConflictResolution.Change;
import org.parley.core.merge.ConflictResolution.DeleteObject;
import org.parley.core.merge.ConflictResolution.SetValue;
import org.parley.model.MergeConflict;
import org.parley.model.ModelFile;

/**
 * Applies a {@link ConflictResolution} change and removes its conflict from the file, undoably: each step remembers
 * how to take itself back. Deleting an object also removes the references to it (and to what it contains) from the
 * project's files, so that nothing dangles, and undo puts them back where they were.
 */
final class ResolveConflictCommand extends AbstractCommand {

	private final ModelFile file;
	private final MergeConflict conflict;
	private final Change change;
	private final List<Runnable> undoSteps = new ArrayList<>();

	ResolveConflictCommand(ModelFile file, MergeConflict conflict, Change change) {
		super("Resolve Merge Conflict", "Keeps one side of: " + conflict.getMessage());
		this.file = file;
		this.conflict = conflict;
		this.change = change;
	}

	@Override
	protected boolean prepare() {
		return file.getConflicts().contains(conflict);
	}

	@Override
	public void execute() {
		undoSteps.clear();
		if (change instanceof SetValue set) {
			set(set.object(), set.feature(), set.value());
		} else if (change instanceof DeleteObject delete) {
			delete(delete.object());
		}
		remove(conflict);
	}

	@Override
	public void undo() {
		for (int i = undoSteps.size() - 1; i >= 0; i--) {
			undoSteps.get(i).run();
		}
		undoSteps.clear();
	}

	@Override
	public void redo() {
		execute();
	}

	@Override
	public Collection<?> getAffectedObjects() {
		if (change instanceof SetValue set) {
			return List.of(set.object());
		}
		return List.of(file);
	}

	@SuppressWarnings("unchecked")
	private void set(EObject object, EStructuralFeature feature, Object value) {
		if (feature.isMany()) {
			EList<Object> list = (EList<Object>) object.eGet(feature);
			List<Object> before = new ArrayList<>(list);
			ECollections.setEList(list, (List<Object>) value);
			undoSteps.add(() -> ECollections.setEList(list, before));
			return;
		}
		boolean wasSet = object.eIsSet(feature);
		Object before = object.eGet(feature);
		if (value == null) {
			object.eUnset(feature);
		} else {
			object.eSet(feature, value);
		}
		undoSteps.add(() -> {
			if (wasSet) {
				object.eSet(feature, before);
			} else {
				object.eUnset(feature);
			}
		});
	}

	private void delete(EObject object) {
		List<EObject> subtree = new ArrayList<>();
		subtree.add(object);
		for (TreeIterator<EObject> all = object.eAllContents(); all.hasNext();) {
			subtree.add(all.next());
		}
		Resource resource = file.eResource();
		Map<EObject, Collection<Setting>> usages = resource == null ? EcoreUtil.UsageCrossReferencer.findAll(subtree, file)
				: resource.getResourceSet() == null ? EcoreUtil.UsageCrossReferencer.findAll(subtree, resource)
						: EcoreUtil.UsageCrossReferencer.findAll(subtree, resource.getResourceSet());
		for (Map.Entry<EObject, Collection<Setting>> usage : usages.entrySet()) {
			for (Setting setting : usage.getValue()) {
				if (!EcoreUtil.isAncestor(object, setting.getEObject()) && setting.getEStructuralFeature().isChangeable()) {
					unset(setting.getEObject(), setting.getEStructuralFeature(), usage.getKey());
				}
			}
		}
		unset(object.eContainer(), object.eContainmentFeature(), object);
	}

	/** Takes {@code value} out of a feature of {@code owner}, remembering where it was. */
	@SuppressWarnings("unchecked")
	private void unset(EObject owner, EStructuralFeature feature, EObject value) {
		if (owner == null) {
			return;
		}
		if (feature.isMany()) {
			EList<Object> list = (EList<Object>) owner.eGet(feature);
			int index = list.indexOf(value);
			if (index >= 0) {
				list.remove(index);
				undoSteps.add(() -> list.add(index, value));
			}
		} else if (owner.eGet(feature) == value) {
			owner.eUnset(feature);
			undoSteps.add(() -> owner.eSet(feature, value));
		}
	}

	private void remove(MergeConflict resolved) {
		EList<MergeConflict> conflicts = file.getConflicts();
		int index = conflicts.indexOf(resolved);
		if (index >= 0) {
			conflicts.remove(index);
			undoSteps.add(() -> conflicts.add(index, resolved));
		}
	}
}
