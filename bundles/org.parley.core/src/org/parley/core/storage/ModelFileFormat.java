package org.parley.core.storage;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.parley.model.ParleyPackage;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The on-disk form of one {@code .parley} file: XMI in UTF-8 with LF line endings, one element per line, attributes
 * in the metamodel's feature order, references by id, no timestamps. The same model always gives the same bytes, so
 * an unchanged file is never rewritten and small edits give small diffs.
 * <p>
 * Reading never resolves DTDs or external entities, checks the encoding before parsing, and turns every failure into
 * {@link LoadProblem}s that name the file, line and column.
 */
public final class ModelFileFormat {

	/** The file name extension of model files, without the dot. */
	public static final String EXTENSION = "parley";

	private static final Pattern DECLARED_ENCODING = Pattern
			.compile("\\A(?:\\uFEFF)?<\\?xml[^>]*?encoding\\s*=\\s*[\"']([^\"']+)[\"']");

	private final Map<String, Object> loadOptions;
	private final Map<String, Object> saveOptions;

	/** A format with Parley's load and save options. */
	public ModelFileFormat() {
		loadOptions = createLoadOptions();
		saveOptions = createSaveOptions();
	}

	/**
	 * A resource set that knows the Parley package and creates XMI resources for {@code .parley} files, with the safe
	 * load options as its defaults (so that demand-loaded files are parsed safely too). Works in and outside OSGi.
	 */
	public ResourceSet createResourceSet() {
		ResourceSetImpl resourceSet = new ResourceSetImpl();
		// Without this map every cross-file reference looks its file up by comparing URIs with each resource.
		resourceSet.setURIResourceMap(new ResourceByUri());
		resourceSet.getPackageRegistry().put(ParleyPackage.eNS_URI, ParleyPackage.eINSTANCE);
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(EXTENSION, new ParleyResourceFactory());
		resourceSet.getLoadOptions().putAll(loadOptions);
		return resourceSet;
	}

	/**
	 * Reads one file's bytes into a new resource of {@code resourceSet} with the given URI (which decides how relative
	 * references resolve).
	 *
	 * @param reportedAs the file name that problems carry
	 * @return the problems; empty when the file loaded cleanly. With problems the resource may hold a partial model.
	 */
	public Read read(byte[] bytes, URI uri, ResourceSet resourceSet, Path reportedAs) {
		Resource resource = resourceSet.createResource(uri);
		List<LoadProblem> problems = new ArrayList<>(checkDeclaredEncoding(bytes, reportedAs));
		if (problems.isEmpty()) {
			try {
				if (resource instanceof XMLResource xml) {
					// Decoded by the JDK as it is parsed, which also checks that it is UTF-8 (see Utf8Reader).
					xml.load(new InputSource(new Utf8Reader(bytes)), withUriCache(loadOptions));
				} else {
					resource.load(new ByteArrayInputStream(bytes), withUriCache(loadOptions));
				}
			} catch (Utf8Reader.Malformed e) {
				problems.add(notUtf8(bytes, e.offset, reportedAs));
			} catch (IOException | RuntimeException e) {
				Utf8Reader.Malformed malformed = malformedCause(e);
				problems.addAll(malformed != null ? List.of(notUtf8(bytes, malformed.offset, reportedAs))
						: problemsOf(resource, e, reportedAs));
			}
			if (problems.isEmpty() && !resource.getErrors().isEmpty()) {
				problems.addAll(problemsOf(resource, null, reportedAs));
			}
			if (problems.isEmpty() && resource.getContents().isEmpty()) {
				problems.add(new LoadProblem(reportedAs, 0, 0, "holds no model element"));
			}
		}
		return new Read(resource, List.copyOf(problems));
	}

	/** The reader's complaint about a byte that is not UTF-8, when the parser passed it on wrapped. */
	private static Utf8Reader.Malformed malformedCause(Throwable thrown) {
		for (Throwable cause = thrown; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
			if (cause instanceof Utf8Reader.Malformed malformed) {
				return malformed;
			}
			if (cause instanceof org.xml.sax.SAXException sax && sax.getException() instanceof Utf8Reader.Malformed m) {
				return m;
			}
		}
		return null;
	}

	/** The bytes of a resource in the deterministic form. */
	public byte[] write(Resource resource) throws IOException {
		if (resource instanceof XMLResource xml) {
			// Characters first, encoded in one go: much cheaper than EMF's own stream writer, and the same bytes.
			StringWriter out = new StringWriter(8192);
			xml.save(out, withUriCache(saveOptions));
			return out.toString().getBytes(StandardCharsets.UTF_8);
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
		resource.save(out, withUriCache(saveOptions));
		return out.toByteArray();
	}

	/**
	 * The options for one load or save, with caches of its own: files are read and written in parallel, and EMF's
	 * caches are not thread-safe.
	 */
	private static Map<String, Object> withUriCache(Map<String, Object> options) {
		Map<String, Object> copy = new HashMap<>(options);
		copy.put(XMLResource.OPTION_URI_HANDLER, new RelativeUriCache());
		// EMF's documented save speed-up: feature lookups cached per save; changes no byte of the output
		copy.put(XMLResource.OPTION_USE_CACHED_LOOKUP_TABLE, new ArrayList<>());
		return copy;
	}

	/** A copy of the options Parley loads with. */
	public Map<String, Object> loadOptions() {
		return new HashMap<>(loadOptions);
	}

	/** A copy of the options Parley saves with. */
	public Map<String, Object> saveOptions() {
		return new HashMap<>(saveOptions);
	}

	/**
	 * The outcome of {@link ModelFileFormat#read}.
	 *
	 * @param resource the resource, added to the resource set, possibly partial when there are problems
	 * @param problems what went wrong; empty when the file loaded cleanly
	 */
	public record Read(Resource resource, List<LoadProblem> problems) {

		/** Whether the file loaded without problems. */
		public boolean ok() {
			return problems.isEmpty();
		}
	}

	private static Map<String, Object> createLoadOptions() {
		Map<String, Object> options = new HashMap<>();
		// The parser itself is hardened (see HardenedParser): that covers demand loads with other options too.
		options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
		return Collections.unmodifiableMap(options);
	}

	private static Map<String, Object> createSaveOptions() {
		Map<String, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_ENCODING, "UTF-8");
		options.put(XMLResource.OPTION_LINE_DELIMITER, "\n");
		options.put(XMLResource.OPTION_FORMATTED, Boolean.TRUE);
		options.put(XMLResource.OPTION_SCHEMA_LOCATION, Boolean.FALSE);
		options.put(XMLResource.OPTION_KEEP_DEFAULT_CONTENT, Boolean.FALSE);
		options.put(XMLResource.OPTION_USE_ENCODED_ATTRIBUTE_STYLE, Boolean.FALSE);
		// A reference to an object that is in no file (deleted, never saved) is left out rather than failing the save.
		options.put(XMLResource.OPTION_PROCESS_DANGLING_HREF, XMLResource.OPTION_PROCESS_DANGLING_HREF_DISCARD);
		options.put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
		return Collections.unmodifiableMap(options);
	}

	/** Parley files are UTF-8: a UTF-16 or Latin-1 declaration is reported where it is, not mis-read. */
	static List<LoadProblem> checkDeclaredEncoding(byte[] bytes, Path file) {
		int head = Math.min(bytes.length, 400);
		// the declaration sits in the first line; cutting a character in two there only affects this peek
		Matcher declared = DECLARED_ENCODING.matcher(new String(bytes, 0, head, StandardCharsets.UTF_8));
		if (declared.find() && !declared.group(1).equalsIgnoreCase("UTF-8")) {
			return List.of(new LoadProblem(file, 1, declared.start(1) + 1,
					"declares encoding " + declared.group(1) + "; Parley files must be UTF-8"));
		}
		return List.of();
	}

	/** The problem of a byte that is not UTF-8, where it stands. */
	private static LoadProblem notUtf8(byte[] bytes, int offset, Path file) {
		int[] position = TextPosition.lineAndColumn(bytes, offset);
		return new LoadProblem(file, position[0], position[1], String.format(
				"not UTF-8: byte 0x%02X cannot start or continue a UTF-8 character", bytes[offset] & 0xFF));
	}

	private static List<LoadProblem> problemsOf(Resource resource, Exception thrown, Path file) {
		Set<LoadProblem> problems = new LinkedHashSet<>();
		for (Resource.Diagnostic error : resource.getErrors()) {
			problems.add(new LoadProblem(file, error.getLine(), error.getColumn(), clean(error.getMessage())));
		}
		if (problems.isEmpty() && thrown != null) {
			problems.add(problemOf(thrown, file));
		}
		return List.copyOf(problems);
	}

	private static LoadProblem problemOf(Throwable thrown, Path file) {
		for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
			if (cause instanceof SAXParseException sax) {
				return new LoadProblem(file, sax.getLineNumber(), sax.getColumnNumber(), clean(sax.getMessage()));
			}
			if (cause instanceof XMIException xmi) {
				return new LoadProblem(file, xmi.getLine(), xmi.getColumn(), clean(xmi.getMessage()));
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		Throwable root = thrown;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
		return new LoadProblem(file, 0, 0, clean(message));
	}

	/** EMF and SAX messages sometimes repeat the location or carry a class name prefix; keep only the words. */
	private static String clean(String message) {
		if (message == null) {
			return "unreadable";
		}
		// SAX's toString() form: "org.xml.sax.SAXParseExceptionpublicId: ...; lineNumber: 6; columnNumber: 10; words"
		String cleaned = message.replaceFirst("^org\\.xml\\.sax\\.SAXParseException.*?columnNumber: -?\\d+; ", "");
		cleaned = cleaned.replaceFirst("^[a-zA-Z.]+(Exception|Error): ", "");
		cleaned = cleaned.replaceFirst("\\s*\\((?:file|platform|archive|parley)?:?[^()]*, ?-?\\d+, ?-?\\d+\\)\\s*$", "");
		return cleaned.strip();
	}

	/** XMI resources for Parley files, parsed safely and indexed by id so that references resolve without scans. */
	private static final class ParleyResourceFactory extends XMIResourceFactoryImpl {
		@Override
		public Resource createResource(URI uri) {
			return new ParleyResource(uri);
		}
	}
}
