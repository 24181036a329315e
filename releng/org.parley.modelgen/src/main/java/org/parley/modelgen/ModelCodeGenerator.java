package org.parley.modelgen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;

/**
 * Runs EMF's code generator on a genmodel, outside OSGi, into a scratch folder, and returns the files of one
 * {@link GeneratedPart} (line ends of text files normalised to LF), by path relative to that part's project.
 * Nothing outside the scratch folder is written, and only the files the part owns are returned, so the bundle's
 * hand-written plugin.xml, build.properties and manifest are never touched.
 */
public final class ModelCodeGenerator {

	/** Generates the model code of {@code model}. */
	public GeneratedFiles generate(StandaloneGenModel model) throws IOException {
		return generate(model, GeneratedPart.MODEL);
	}

	/** Generates one part of the code of {@code model}. */
	public GeneratedFiles generate(StandaloneGenModel model, GeneratedPart part) throws IOException {
		GenModel genModel = model.genModel();
		Directory directory = Directory.of(part.directoryOf(genModel), model.file());
		Path scratch = Files.createTempDirectory("parley-modelgen-");
		try {
			// The genmodel names its output as platform:/resource/<project>/<folder>; outside Eclipse the URI map
			// alone decides where that is.
			Map<URI, URI> uriMap = genModel.eResource().getResourceSet().getURIConverter().getURIMap();
			uriMap.put(URI.createPlatformResourceURI("/" + directory.project() + "/", false),
					URI.createFileURI(scratch.toString() + "/"));
			genModel.setCanGenerate(true);

			// In the IDE an extension point registers the generator adapters; standalone, without them, the
			// generator silently writes nothing.
			GeneratorAdapterFactory.Descriptor.Registry adapters = new GeneratorAdapterFactory.Descriptor.DelegatingRegistry();
			adapters.addDescriptor(GenModelPackage.eNS_URI, GenModelGeneratorAdapterFactory.DESCRIPTOR);
			Generator generator = new Generator(adapters);
			generator.setInput(genModel);
			Diagnostic diagnostic = generator.generate(genModel, part.projectType(), new BasicMonitor());
			if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
				throw new IOException(model.file() + ": generation failed: " + diagnostic);
			}
			Map<String, byte[]> owned = new LinkedHashMap<>();
			SourceTree.read(scratch).files().forEach((path, bytes) -> {
				if (part.owns(directory.folder(), path)) {
					owned.put(path, path.endsWith(".gif") ? bytes : withLfLineEnds(bytes));
				}
			});
			if (owned.isEmpty()) {
				throw new IOException(model.file() + ": the generator wrote nothing into " + part.directoryOf(genModel));
			}
			return new GeneratedFiles(part, directory.project(), directory.folder(), new SourceTree(owned));
		} finally {
			uriMap(genModel).remove(URI.createPlatformResourceURI("/" + directory.project() + "/", false));
			deleteRecursively(scratch);
		}
	}

	private static Map<URI, URI> uriMap(GenModel genModel) {
		return genModel.eResource().getResourceSet().getURIConverter().getURIMap();
	}

	/** The generator takes its line end from the platform; the committed sources use LF everywhere. */
	private static byte[] withLfLineEnds(byte[] bytes) {
		return new String(bytes, StandardCharsets.UTF_8).replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8);
	}

	private static void deleteRecursively(Path folder) throws IOException {
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

	/** A genmodel directory, {@code /project/folder...}, split into project and folder. */
	private record Directory(String project, String folder) {

		static Directory of(String directory, Path file) throws IOException {
			String[] segments = directory == null ? new String[0] : directory.replaceAll("^/+", "").split("/", 2);
			if (segments.length < 2 || segments[0].isEmpty() || segments[1].isEmpty()) {
				throw new IOException(file + ": a genmodel directory must be /<project>/<folder>, not " + directory);
			}
			return new Directory(segments[0], segments[1]);
		}
	}
}
