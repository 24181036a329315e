package org.parley.core.validation.fix;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The fix for {@code merge.dangling-reference}: removes an object's references to targets that do not exist (any
 * more), typically left by a merge that removed them; the object and its other references stay.
 */
public final class DanglingReferenceRemover {

	private DanglingReferenceRemover() {
	}

	/** Removes the object's references that do not resolve; returns how many were removed. */
	public static int remove(EObject object) {
		int removed = 0;
		for (EReference reference : object.eClass().getEAllReferences()) {
			if (reference.isContainment() || reference.isContainer() || reference.isDerived()
					|| !reference.isChangeable()) {
				continue;
			}
			if (reference.isMany()) {
				@SuppressWarnings("unchecked")
				List<EObject> values = (List<EObject>) object.eGet(reference, false);
				for (int i = values.size() - 1; i >= 0; i--) {
					if (isDangling(object, values.get(i))) {
						values.remove(i);
						removed++;
					}
				}
			} else if (object.eGet(reference, false) instanceof EObject target && isDangling(object, target)) {
				object.eUnset(reference);
				removed++;
			}
		}
		return removed;
	}

	private static boolean isDangling(EObject owner, EObject target) {
		return target.eIsProxy() && EcoreUtil.resolve(target, owner).eIsProxy();
	}
}
