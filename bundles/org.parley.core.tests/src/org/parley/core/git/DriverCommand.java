package org.parley.core.git;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.parley.core.merge.MergeDriver;
import org.parley.model.ParleyPackage;

/**
 * The shell command that starts {@link MergeDriverProgram} in a new JVM, with a class path made of the bundles
 * the test runtime loaded the driver's classes from.
 */
final class DriverCommand {

	private DriverCommand() {
	}

	static String create() throws URISyntaxException {
		Set<String> classPath = new LinkedHashSet<>();
		for (Class<?> type : List.of(MergeDriverProgram.class, MergeDriver.class, ParleyPackage.class, EObject.class,
				URI.class, XMLResource.class)) {
			classPath.add(locationOf(type).toString());
		}
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		return quote(java.toString()) + " -cp " + quote(String.join(":", classPath)) + " "
				+ MergeDriverProgram.class.getName();
	}

	/** A bundle in the workspace is a project folder whose classes sit in an output folder below it. */
	private static Path locationOf(Class<?> type) throws URISyntaxException {
		Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
		String classFile = type.getName().replace('.', '/') + ".class";
		List<Path> candidates = new ArrayList<>(List.of(location, location.resolve("target/classes"),
				location.resolve("target/test-classes"), location.resolve("bin")));
		for (Path candidate : candidates) {
			if (!Files.isDirectory(candidate) || Files.exists(candidate.resolve(classFile))) {
				return candidate;
			}
		}
		throw new IllegalStateException("No class file for " + type.getName() + " below " + location);
	}

	private static String quote(String text) {
		return "'" + text.replace("'", "'\\''") + "'";
	}
}
