package org.parley.core.merge;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.parley.model.MergeConflict;
import org.parley.model.ModelFile;

/**
 * Merges three versions of one model file by object id and feature, the way Git merges lines: every change that only
 * one side made is applied to our tree (attributes, references, added, deleted and moved objects, reordered lists),
 * and so are additions to and removals from the same list on both sides. The same feature changed two ways, an object
 * deleted on one side and changed on the other, or different objects added in one single-valued slot, are
 * conflicts: our value stays in the tree and a {@link MergeConflict} in the root's {@code conflicts} records all three
 * values, so that the file still loads and the user can decide.
 * <p>
 * Works in time linear in the size of the trees (objects are matched through hash maps by id), and never resolves
 * proxies: references to other files are compared by the id they name.
 */
public final class ModelMerger {

	/**
	 * Merges {@code theirs} into {@code ours}, changing {@code ours} in place.
	 *
	 * @param base the common ancestor, or {@code null} when both sides added the file
	 * @param ours our version; becomes the merged tree
	 * @param theirs their version; left as it was
	 */
	public MergeResult merge(EObject base, EObject ours, EObject theirs) {
		ThreeWayMerge merge = new ThreeWayMerge(new ObjectIndex(base), new ObjectIndex(ours), new ObjectIndex(theirs));
		merge.run();
		if (ours instanceof ModelFile file) {
			file.getConflicts().addAll(merge.conflicts);
		}
		return new MergeResult(ours, List.copyOf(merge.conflicts));
	}
}
