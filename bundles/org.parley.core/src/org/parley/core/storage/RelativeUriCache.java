package org.parley.core.storage;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.xmi.impl.URIHandlerImpl;

/**
 * Turns references between files into relative form ({@code ../strategy.parley#id}) and back, working out each
 * target file's relative path once per file read or written instead of once per reference: a calendar month
 * holds thousands of references into a handful of files. One instance serves one load or save.
 */
final class RelativeUriCache extends URIHandlerImpl {

	private final Map<URI, URI> deresolved = new HashMap<>();
	private final Map<URI, URI> resolved = new HashMap<>();

	@Override
	public void setBaseURI(URI uri) {
		if (baseURI == null || !baseURI.equals(uri)) {
			deresolved.clear();
			resolved.clear();
		}
		super.setBaseURI(uri);
	}

	@Override
	public URI deresolve(URI uri) {
		if (!uri.hasFragment()) {
			return super.deresolve(uri);
		}
		URI file = deresolved.computeIfAbsent(uri.trimFragment(), super::deresolve);
		return file.appendFragment(uri.fragment());
	}

	@Override
	public URI resolve(URI uri) {
		if (!uri.hasFragment()) {
			return super.resolve(uri);
		}
		URI file = resolved.computeIfAbsent(uri.trimFragment(), super::resolve);
		return file.appendFragment(uri.fragment());
	}
}
