package org.parley.core.storage;

import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;

/** Finds the references of one resource that do not resolve to an object, in one pass over its objects. */
final class DanglingReferences {

	/** Told about each reference that names no object. */
	interface Listener {
		void dangling(EObject object, EReference reference, URI target);
	}

	private DanglingReferences() {
	}

	/** Resolves every stored reference of the resource's objects and reports those that stay proxies. */
	static void find(Resource resource, Set<URI> ignoredFiles, Listener listener) {
		for (TreeIterator<EObject> all = EcoreUtil.getAllProperContents(resource, false); all.hasNext();) {
			EObject object = all.next();
			for (EReference reference : object.eClass().getEAllReferences()) {
				if (reference.isContainment() || reference.isContainer() || reference.isTransient()
						|| reference.isDerived() || !object.eIsSet(reference)) {
					continue;
				}
				Object value = object.eGet(reference, true);
				if (reference.isMany()) {
					for (Object target : (List<?>) value) {
						check(object, reference, (EObject) target, ignoredFiles, listener);
					}
				} else {
					check(object, reference, (EObject) value, ignoredFiles, listener);
				}
			}
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
