package org.parley.core.storage;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIHelperImpl;
import org.eclipse.emf.ecore.xmi.impl.XMILoadImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The XMI resource of a {@code .parley} file: parsed with {@link HardenedParser}, its objects indexed by id so that
 * references resolve without scans, and what a load read kept as a {@link LinkRecord} for {@link ProjectLinks}.
 */
final class ParleyResource extends XMIResourceImpl {

	private LinkRecord linkRecord;

	ParleyResource(URI uri) {
		super(uri);
		setIntrinsicIDToEObjectMap(new HashMap<>());
	}

	/**
	 * What the last load recorded for linking, handed over once (then forgotten, so that it does not outlive the
	 * load); {@code null} when nothing was recorded.
	 */
	LinkRecord takeLinkRecord() {
		LinkRecord record = linkRecord;
		linkRecord = null;
		return record;
	}

	@Override
	protected XMLHelper createXMLHelper() {
		return new XMIHelperImpl(this) {
			/** A save writes the same few hundred targets (cells, channels, people) thousands of times. */
			private final Map<EObject, String> hrefs = new HashMap<>();

			@Override
			public String getHREF(EObject object) {
				String href = hrefs.get(object);
				if (href == null) {
					href = super.getHREF(object);
					if (href != null) {
						hrefs.put(object, href);
					}
				}
				return href;
			}
		};
	}

	@Override
	protected XMLLoad createXMLLoad() {
		return new XMILoadImpl(createXMLHelper()) {
			private SAXParser parser;

			@Override
			protected SAXParser makeParser() throws ParserConfigurationException, SAXException {
				parser = HardenedParser.take();
				return parser;
			}

			@Override
			public void load(XMLResource resource, InputSource input, Map<?, ?> options) throws IOException {
				try {
					super.load(resource, input, options);
				} finally {
					giveBackParser();
				}
			}

			@Override
			public void load(XMLResource resource, InputStream input, Map<?, ?> options) throws IOException {
				try {
					super.load(resource, input, options);
				} finally {
					giveBackParser();
				}
			}

			private void giveBackParser() {
				if (parser != null) {
					HardenedParser.giveBack(parser);
					parser = null;
				}
			}

			@Override
			protected DefaultHandler makeDefaultHandler() {
				linkRecord = new LinkRecord();
				return new RecordingHandler(resource, helper, options, linkRecord);
			}
		};
	}
}
