package org.parley.core.storage;

import java.util.Iterator;
import java.util.UUID;

import org.eclipse.emf.ecore.EObject;
import org.parley.model.Identified;

/**
 * Gives a random UUID to every object of a tree that has none yet, so that no object reaches a file without the id
 * that references and merges rely on. Code that creates objects should give the id itself; this is the safety net.
 */
public final class IdAssigner {

	private IdAssigner() {
	}

	/** @return the number of objects that received an id */
	public static int assignMissing(EObject root) {
		int assigned = assign(root);
		for (Iterator<EObject> all = root.eAllContents(); all.hasNext();) {
			assigned += assign(all.next());
		}
		return assigned;
	}

	private static int assign(EObject object) {
		if (object instanceof Identified identified && (identified.getId() == null || identified.getId().isBlank())) {
			identified.setId(UUID.randomUUID().toString());
			return 1;
		}
		return 0;
	}
}
