package org.parley.core.storage;

import java.util.HashMap;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * The URI-to-resource cache of a project's resource set. Without one, EMF finds the file of every cross-file
 * reference by comparing URIs with each resource in turn. This cache forgets an entry once its resource has
 * moved to another URI (a schedule whose month changed) or left the resource set, so it never answers wrongly.
 */
final class ResourceByUri extends HashMap<URI, Resource> {

	private static final long serialVersionUID = 1L;

	@Override
	public Resource get(Object uri) {
		Resource resource = super.get(uri);
		if (resource != null && (resource.getResourceSet() == null || !uri.equals(resource.getURI()))) {
			remove(uri);
			return null;
		}
		return resource;
	}
}
