package org.parley.core.storage;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

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

	/**
	 * A parser given back after its last parse, kept per thread: making one sets up a whole parser configuration,
	 * which costs as much as parsing a small file.
	 */
	private static final ThreadLocal<SAXParser> IDLE = new ThreadLocal<>();

	/**
	 * A parser for this thread, the one given back last when there is one (a parse within a parse gets its own); or
	 * an exception when the platform's parser cannot refuse DOCTYPEs (then nothing is loaded).
	 */
	static SAXParser take() throws ParserConfigurationException, SAXException {
		SAXParser idle = IDLE.get();
		if (idle != null) {
			IDLE.remove();
			return idle;
		}
		return create();
	}

	/** Takes back a parser after its parse, reset to the state {@link #create} gives; dropped if that fails. */
	static void giveBack(SAXParser parser) {
		try {
			// reset() also forgets the properties set after the factory made the parser: set again
			parser.reset();
			configure(parser);
			IDLE.set(parser);
		} catch (SAXException | UnsupportedOperationException e) {
			// a parser that cannot be reset is not reused
		}
	}

	/** A new parser, or an exception when the platform's parser cannot refuse DOCTYPEs (then nothing is loaded). */
	static SAXParser create() throws ParserConfigurationException, SAXException {
		SAXParserFactory factory = FACTORY.get();
		if (factory == null) {
			factory = newFactory();
			FACTORY.set(factory);
		}
		SAXParser parser = factory.newSAXParser();
		configure(parser);
		return parser;
	}

	private static void configure(SAXParser parser) throws SAXException {
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
}
