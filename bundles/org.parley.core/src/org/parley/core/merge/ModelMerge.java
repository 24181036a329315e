package org.parley.core.merge;

import org.parley.model.ModelFile;

/**
 * Three-way merge of one model file by object id and feature: an object changed on one side takes that side's
 * change, objects added on either side are kept, objects deleted on one side and untouched on the other go, and
 * lists (items, tags, referenced channels …) combine both sides' additions and removals. Where both sides changed
 * the same feature of the same object differently, or one deleted what the other changed, the merge keeps our
 * value (or the changed object) and records a {@link org.parley.model.MergeConflict} in the merged file, so the
 * result always loads and the user resolves the conflict in the workbench.
 * <p>
 * The merge reads the three roots and builds a new tree; it does not change its inputs.
 */
public final class ModelMerge {

	/**
	 * @param base the common ancestor, or {@code null} when both sides added the file independently
	 * @param ours our side
	 * @param theirs their side, of the same type as ours
	 * @throws IllegalArgumentException when the two sides hold different kinds of file
	 */
	public MergeResult merge(ModelFile base, ModelFile ours, ModelFile theirs) {
		if (ours.eClass() != theirs.eClass() || base != null && base.eClass() != ours.eClass()) {
			throw new IllegalArgumentException("Cannot merge a " + ours.eClass().getName() + " with a "
					+ theirs.eClass().getName() + (base == null ? "" : " from a " + base.eClass().getName()));
		}
		return new MergeRun(base, ours, theirs).run();
	}
}
