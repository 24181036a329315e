package org.parley.core.merge;

import java.util.List;

import org.parley.model.MergeConflict;
import org.parley.model.ModelFile;

/**
 * What a three-way merge of one model file produced: the merged root, which always loads, and the conflicts it
 * recorded in that root's {@link ModelFile#getConflicts() conflicts} for the user to resolve.
 *
 * @param merged the merged file's root
 * @param conflicts the conflicts this merge added (earlier ones stay in the file too)
 */
public record MergeResult(ModelFile merged, List<MergeConflict> conflicts) {

	/** @return {@code true} when both sides' changes applied without a conflict */
	public boolean isClean() {
		return conflicts.isEmpty();
	}
}
