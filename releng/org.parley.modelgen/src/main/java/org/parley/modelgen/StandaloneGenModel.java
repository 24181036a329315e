package org.parley.modelgen;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * A {@code .genmodel} loaded outside OSGi and brought up to date with its {@code .ecore}, as the IDE's
 * "Reload" does: settings are kept, entries for removed model elements go, entries for new ones are added.
 */
public final class StandaloneGenModel {

	private final Path file;
	private final GenModel genModel;

	private StandaloneGenModel(Path file, GenModel genModel) {
		this.file = file;
		this.genModel = genModel;
	}

	/** Loads the genmodel and its ecore models, failing with the file and the problem when one does not load. */
	public static StandaloneGenModel load(Path genModelFile) throws IOException {
		Path file = genModelFile.toAbsolutePath().normalize();
		if (!Files.isRegularFile(file)) {
			throw new IOException(file + ": no such genmodel");
		}
		ResourceSet resourceSet = newResourceSet();
		Resource resource;
		try {
			resource = resourceSet.getResource(URI.createFileURI(file.toString()), true);
		} catch (RuntimeException e) {
			throw new IOException(file + ": cannot load: " + e.getMessage(), e);
		}
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof GenModel genModel)) {
			throw new IOException(file + ": holds no GenModel");
		}
		EcoreUtil.resolveAll(resourceSet);
		failOnLoadErrors(resourceSet);
		for (GenPackage genPackage : genModel.getGenPackages()) {
			if (genPackage.getEcorePackage() == null || genPackage.getEcorePackage().eIsProxy()) {
				throw new IOException(file + ": cannot resolve the Ecore package of "
						+ genPackage.getPrefix() + ": " + EcoreUtil.getURI(genPackage));
			}
		}
		reload(genModel);
		Diagnostic diagnostic = genModel.diagnose();
		if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
			throw new IOException(file + ": invalid genmodel: " + describe(diagnostic));
		}
		return new StandaloneGenModel(file, genModel);
	}

	public GenModel genModel() {
		return genModel;
	}

	public Path file() {
		return file;
	}

	/** The genmodel as EMF saves it, after the reload. */
	public byte[] serialized() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		genModel.eResource().save(bytes, Map.of());
		return bytes.toByteArray();
	}

	/** Whether the file on disk already says what the reloaded genmodel says. */
	public boolean isCurrentOnDisk() throws IOException {
		return Arrays.equals(Files.readAllBytes(file), serialized());
	}

	private static void reload(GenModel genModel) {
		List<EPackage> ePackages = new ArrayList<>();
		for (GenPackage genPackage : genModel.getGenPackages()) {
			ePackages.add(genPackage.getEcorePackage());
		}
		// reconcile() drops what the ecore no longer has; initialize() adds what it gained, keeping the settings.
		genModel.reconcile();
		genModel.initialize(ePackages);
	}

	private static ResourceSet newResourceSet() {
		ResourceSet resourceSet = new ResourceSetImpl();
		Map<String, Object> factories = resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap();
		factories.put("ecore", new EcoreResourceFactoryImpl());
		factories.put("genmodel", new EcoreResourceFactoryImpl());
		resourceSet.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
		return resourceSet;
	}

	private static void failOnLoadErrors(ResourceSet resourceSet) throws IOException {
		List<String> errors = new ArrayList<>();
		for (Resource resource : resourceSet.getResources()) {
			for (Resource.Diagnostic error : resource.getErrors()) {
				errors.add(resource.getURI().toFileString() + ":" + error.getLine() + ": " + error.getMessage());
			}
		}
		if (!errors.isEmpty()) {
			throw new IOException(String.join(System.lineSeparator(), errors));
		}
	}

	private static String describe(Diagnostic diagnostic) {
		return diagnostic.getChildren().stream()
				.filter(child -> child.getSeverity() >= Diagnostic.ERROR)
				.map(Diagnostic::getMessage)
				.collect(Collectors.joining("; ", diagnostic.getMessage() + " ", ""));
	}
}
