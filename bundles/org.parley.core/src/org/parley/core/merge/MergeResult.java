package org.parley.core.merge;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.parley.model.MergeConflict;

/**
 * What {@link ModelMerger} made of three versions of a model file.
 *
 * @param merged the merged tree: our tree with their independent changes applied
 * @param conflicts the changes that could not be applied, also recorded in the merged root's {@code conflicts} when
 *            the root is a model file; empty for a clean merge
 */
public record MergeResult(EObject merged, List<MergeConflict> conflicts) {

	/** Whether every change of both sides was applied. */
	public boolean clean() {
		return conflicts.isEmpty();
	}
}
