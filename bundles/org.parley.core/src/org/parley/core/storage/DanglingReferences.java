package org.parley.core.storage;

import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;

/** Finds the targets of one reference that do not resolve to an object. */
final class DanglingReferences {

	/** Told about each reference that names no object. */
	interface Listener {
		void dangling(EObject object, EReference reference, URI target);
	}

	private DanglingReferences() {
	}

	/** Resolves the stored reference of the object and reports the targets that stay proxies. */
	static void check(EObject object, EReference reference, Set<URI> ignoredFiles, Listener listener) {
		Object value = object.eGet(reference, true);
		if (reference.isMany()) {
			for (Object target : (List<?>) value) {
				check(object, reference, (EObject) target, ignoredFiles, listener);
			}
		} else {
			check(object, reference, (EObject) value, ignoredFiles, listener);
		}
	}

	private static void check(EObject object, EReference reference, EObject target, Set<URI> ignoredFiles,
			Listener listener) {
		if (target != null && target.eIsProxy()) {
			URI uri = ((InternalEObject) target).eProxyURI();
			if (!ignoredFiles.contains(uri.trimFragment())) {
				listener.dangling(object, reference, uri);
			}
		}
	}
}
