package org.parley.core.storage;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.impl.XMIHelperImpl;
import org.eclipse.emf.ecore.xmi.impl.XMILoadImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;

/**
 * The SAX parser behind every {@code .parley} load: DOCTYPE declarations are refused, so no DTD, external entity
 * (XXE) or entity expansion is ever processed; and since no entity can be declared, the JDK's entity size limits,
 * which from JDK 24 on also count character references such as {@code &#xA;} in large files, are lifted.
 */
final class HardenedParser {

	/** The JDK's size limits by their current and their older property names; other parsers may know neither. */
	private static final Map<String, String> LIFTED_LIMITS = Map.of(
			"jdk.xml.maxGeneralEntitySizeLimit", "0",
			"jdk.xml.totalEntitySizeLimit", "0",
			"http://www.oracle.com/xml/jaxp/properties/maxGeneralEntitySizeLimit", "0",
			"http://www.oracle.com/xml/jaxp/properties/totalEntitySizeLimit", "0");

	/**
	 * One configured factory per thread: finding the platform's parser factory is a service lookup, costly when
	 * repeated for every file of a project, and factories are not thread-safe.
	 */
	private static final ThreadLocal<SAXParserFactory> FACTORY = new ThreadLocal<>();

	/** Limit properties the platform's parser refused once; it refuses them every time. */
	private static final Set<String> UNKNOWN_PROPERTIES = ConcurrentHashMap.newKeySet();

	private HardenedParser() {
	}

	/** A new parser, or an exception when the platform's parser cannot refuse DOCTYPEs (then nothing is loaded). */
	static SAXParser create() throws ParserConfigurationException, SAXException {
		SAXParserFactory factory = FACTORY.get();
		if (factory == null) {
			factory = newFactory();
			FACTORY.set(factory);
		}
		SAXParser parser = factory.newSAXParser();
		parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
		for (Map.Entry<String, String> limit : LIFTED_LIMITS.entrySet()) {
			if (UNKNOWN_PROPERTIES.contains(limit.getKey())) {
				continue;
			}
			try {
				parser.setProperty(limit.getKey(), limit.getValue());
			} catch (SAXNotRecognizedException | SAXNotSupportedException e) {
				// Not the JDK's parser, or an older name: that parser then has no such limit to lift. Remembered,
				// since an exception for every file of a project costs more than parsing a small one.
				UNKNOWN_PROPERTIES.add(limit.getKey());
			}
		}
		return parser;
	}

	private static SAXParserFactory newFactory() throws ParserConfigurationException, SAXException {
		SAXParserFactory factory = SAXParserFactory.newInstance();
		factory.setValidating(false);
		factory.setXIncludeAware(false);
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
		factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
		return factory;
	}

	/** An XMI resource that parses with {@link HardenedParser} and indexes its objects by id. */
	static final class ParleyResource extends XMIResourceImpl {

		ParleyResource(URI uri) {
			super(uri);
			setIntrinsicIDToEObjectMap(new HashMap<>());
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
				@Override
				protected SAXParser makeParser() throws ParserConfigurationException, SAXException {
					return HardenedParser.create();
				}
			};
		}
	}
}
