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
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;

/**
 * Runs EMF's model code generator on a genmodel, outside OSGi, into a scratch folder, and returns the model
 * directory's files (line ends normalised to LF). Nothing outside the scratch folder is written: the generator
 * also emits plugin.xml, plugin.properties and build.properties into the project root, and those are left
 * behind, so the bundle's hand-written files are never touched.
 */
public final class ModelCodeGenerator {

	/** Generates the model code of {@code model} and returns the files of its model directory. */
	public SourceTree generate(StandaloneGenModel model) throws IOException {
		GenModel genModel = model.genModel();
		ModelDirectory directory = ModelDirectory.of(genModel, model.file());
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
			Diagnostic diagnostic = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
					new BasicMonitor());
			if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
				throw new IOException(model.file() + ": generation failed: " + diagnostic);
			}
			SourceTree generated = withLfLineEnds(SourceTree.read(scratch.resolve(directory.folder())));
			if (generated.files().isEmpty()) {
				throw new IOException(model.file() + ": the generator wrote nothing into " + genModel.getModelDirectory());
			}
			return generated;
		} finally {
			deleteRecursively(scratch);
		}
	}

	/** The generator takes its line end from the platform; the committed sources use LF everywhere. */
	private static SourceTree withLfLineEnds(SourceTree tree) {
		Map<String, byte[]> files = new LinkedHashMap<>();
		tree.files().forEach((path, bytes) -> files.put(path,
				new String(bytes, StandardCharsets.UTF_8).replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8)));
		return new SourceTree(files);
	}

	private static void deleteRecursively(Path folder) throws IOException {
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

	/** The genmodel's {@code modelDirectory}, {@code /project/folder...}, split into project and folder. */
	private record ModelDirectory(String project, String folder) {

		static ModelDirectory of(GenModel genModel, Path file) throws IOException {
			String modelDirectory = genModel.getModelDirectory();
			String[] segments = modelDirectory == null ? new String[0] : modelDirectory.replaceAll("^/+", "").split("/", 2);
			if (segments.length < 2 || segments[0].isEmpty() || segments[1].isEmpty()) {
				throw new IOException(file + ": modelDirectory must be /<project>/<folder>, not " + modelDirectory);
			}
			return new ModelDirectory(segments[0], segments[1]);
		}
	}
}
