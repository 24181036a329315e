package org.parley.core.storage;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.SAXXMIHandler;

/**
 * EMF's XMI handler, noting for {@link ProjectLinks} which references received proxies (in a {@link LinkRecord}),
 * and turning each distinct reference text ({@code ../strategy.parley#id}) into a proxy URI once per file: a
 * calendar month names the same few hundred targets thousands of times.
 */
final class RecordingHandler extends SAXXMIHandler {

	private static final String ID = "id";

	private final LinkRecord record;
	private final Map<String, URI> proxyUris = new HashMap<>();
	/** The last object set as the value of a cross reference, which an href then makes a proxy, and where it went. */
	private EObject lastValue;
	private EObject lastHolder;
	private EReference lastReference;

	RecordingHandler(XMLResource resource, XMLHelper helper, Map<?, ?> options, LinkRecord record) {
		super(resource, helper, options);
		this.record = record;
	}

	@Override
	protected void handleProxy(InternalEObject proxy, String uriLiteral) {
		record.proxies++;
		if (proxy == lastValue) {
			record.add(lastHolder, lastReference);
			lastValue = null;
		}
		URI known = proxyUris.get(uriLiteral);
		if (known == null) {
			super.handleProxy(proxy, uriLiteral);
			proxyUris.put(uriLiteral, proxy.eProxyURI());
			return;
		}
		// what the first call did for the same text, without parsing and resolving it again
		proxy.eSetProxyURI(known);
		if (known.trimFragment().equals(resourceURI)) {
			sameDocumentProxies.add(proxy);
		}
	}

	@Override
	protected void setFeatureValue(EObject object, EStructuralFeature feature, Object value, int position) {
		super.setFeatureValue(object, feature, value, position);
		if (feature instanceof EReference reference && !reference.isContainment() && value instanceof EObject target) {
			if (target.eIsProxy()) {
				record.add(object, reference);
			} else {
				// an href element: its object is set first, its attributes (the href) come next
				lastValue = target;
				lastHolder = object;
				lastReference = reference;
			}
		}
	}

	@Override
	protected void setAttribValue(EObject object, String name, String value) {
		if (ID.equals(name)) {
			record.ids++;
		}
		super.setAttribValue(object, name, value);
	}
}
