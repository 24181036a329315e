package org.parley.core.storage;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.parley.model.ModelFile;
import org.parley.model.ParleyPackage;
import org.xml.sax.SAXParseException;

/**
 * The one place that decides how a Parley model file looks on disk: EMF XMI in UTF-8 with {@code \n} line ends,
 * references by object id (the EMF ID attribute {@code id}), never by position, and the same bytes for the same
 * model. Storage, the merge driver and the tests all read and write through it.
 */
public final class ModelFileFormat {

	/** The file name extension of model files. */
	public static final String EXTENSION = "parley";

	private ModelFileFormat() {
	}

	/** @return a resource set that reads and writes {@code *.parley} files and knows Parley's package */
	public static ResourceSet newResourceSet() {
		ResourceSet resourceSet = new ResourceSetImpl();
		// Registered here as well as through the plug-in extension so that plain Java (the merge driver) works too.
		resourceSet.getPackageRegistry().put(ParleyPackage.eNS_URI, ParleyPackage.eINSTANCE);
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(EXTENSION, new XMIResourceFactoryImpl());
		resourceSet.getLoadOptions().putAll(loadOptions());
		return resourceSet;
	}

	/** @return the options every model file is saved with */
	public static Map<Object, Object> saveOptions() {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_ENCODING, "UTF-8");
		options.put(XMLResource.OPTION_USE_ENCODED_ATTRIBUTE_STYLE, Boolean.TRUE);
		options.put(XMLResource.OPTION_SCHEMA_LOCATION, Boolean.FALSE);
		options.put(Resource.OPTION_LINE_DELIMITER, "\n");
		return options;
	}

	/** @return the options every model file is loaded with */
	public static Map<Object, Object> loadOptions() {
		Map<Object, Object> options = new HashMap<>();
		// Items may reference objects further down the same file.
		options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
		options.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.FALSE);
		return options;
	}

	/**
	 * Reads the file at {@code file} into a new resource of {@code resourceSet} whose URI is the file's.
	 *
	 * @throws ModelFileException naming the file, line and problem when the file is missing, is not well-formed,
	 *         names unknown features or holds something other than one {@code type} root
	 */
	public static <T extends ModelFile> T read(ResourceSet resourceSet, Path file, Class<T> type)
			throws ModelFileException {
		byte[] content;
		try {
			content = Files.readAllBytes(file);
		} catch (NoSuchFileException e) {
			throw new ModelFileException(file, 0, 0, "file does not exist", e);
		} catch (IOException e) {
			throw new ModelFileException(file, 0, 0, "cannot be read: " + e.getMessage(), e);
		}
		return read(resourceSet, content, uriOf(file), file, type);
	}

	/**
	 * Reads {@code content} into a new resource of {@code resourceSet} at {@code uri}; relative references in the
	 * content resolve against {@code uri}, so content taken from elsewhere (a Git temporary file) keeps pointing
	 * at the right neighbours.
	 *
	 * @param shownAs the file named in error messages
	 */
	public static <T extends ModelFile> T read(ResourceSet resourceSet, byte[] content, URI uri, Path shownAs,
			Class<T> type) throws ModelFileException {
		Resource resource = resourceSet.createResource(uri);
		try {
			resource.load(new ByteArrayInputStream(content), resourceSet.getLoadOptions());
		} catch (IOException | RuntimeException e) {
			resourceSet.getResources().remove(resource);
			throw failure(shownAs, resource, e);
		}
		if (!resource.getErrors().isEmpty()) {
			resourceSet.getResources().remove(resource);
			throw failure(shownAs, resource, null);
		}
		if (resource.getContents().size() != 1 || !type.isInstance(resource.getContents().get(0))) {
			String found = resource.getContents().isEmpty() ? "nothing"
					: resource.getContents().get(0).eClass().getName()
							+ (resource.getContents().size() > 1 ? " and more" : "");
			resourceSet.getResources().remove(resource);
			throw new ModelFileException(shownAs, 0, 0,
					"expected one " + type.getSimpleName() + " at the top of the file but found " + found, null);
		}
		return type.cast(resource.getContents().get(0));
	}

	/** @return the bytes of {@code resource} as they go to disk */
	public static byte[] write(Resource resource) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		resource.save(bytes, saveOptions());
		return bytes.toByteArray();
	}

	/** @return the bytes of {@code root}, alone in a new resource at {@code uri} */
	public static byte[] write(EObject root, URI uri) throws IOException {
		Resource resource = newResourceSet().createResource(uri);
		resource.getContents().add(root);
		return write(resource);
	}

	/** @return the file URI of {@code file}, absolute so that relative references between files work */
	public static URI uriOf(Path file) {
		return URI.createFileURI(file.toAbsolutePath().normalize().toString());
	}

	private static ModelFileException failure(Path file, Resource resource, Exception thrown) {
		for (Resource.Diagnostic error : resource.getErrors()) {
			if (error.getLine() > 0) {
				return new ModelFileException(file, error.getLine(), error.getColumn(), clean(error.getMessage()), thrown);
			}
		}
		for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
			if (cause instanceof SAXParseException parse) {
				return new ModelFileException(file, parse.getLineNumber(), parse.getColumnNumber(),
						clean(parse.getMessage()), thrown);
			}
			if (cause instanceof XMIException xmi) {
				return new ModelFileException(file, xmi.getLine(), xmi.getColumn(), clean(xmi.getMessage()), thrown);
			}
		}
		String message = !resource.getErrors().isEmpty() ? resource.getErrors().get(0).getMessage()
				: thrown != null ? thrown.getMessage() : "cannot be read";
		return new ModelFileException(file, 0, 0, clean(message), thrown);
	}

	/** EMF appends the URI and position to its messages; the exception carries them already. */
	private static String clean(String message) {
		if (message == null) {
			return "cannot be read";
		}
		int location = message.indexOf(" (");
		int uri = message.indexOf("file:", Math.max(location, 0));
		return location > 0 && uri > location ? message.substring(0, location) : message;
	}
}
