package org.parley.core.storage;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.parley.model.ParleyPackage;

/**
 * Starts a plain Java process (no OSGi) with EMF, the model, core and these tests on its class path, built from
 * where the running OSGi framework found those bundles: jars or class folders.
 */
public final class TestJvm {

	private TestJvm() {
	}

	/** The class path of EMF common, ecore and XMI, the Parley model, core and its test fragment. */
	public static String classpath() {
		Set<String> entries = new LinkedHashSet<>();
		for (Class<?> type : List.of(URI.class, EObject.class, XMIResourceImpl.class, ParleyPackage.class,
				ProjectStore.class, TestJvm.class)) {
			entries.add(rootOf(type).toString());
		}
		return String.join(java.io.File.pathSeparator, entries);
	}

	/** Starts {@code main} with the arguments, its stdout and stderr going to {@code log}. */
	public static Process start(Path log, Class<?> main, String... arguments) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(java());
		command.add("-cp");
		command.add(classpath());
		command.add(main.getName());
		command.addAll(List.of(arguments));
		return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
	}

	/** The java launcher of the running JVM. */
	public static String java() {
		return ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java")
				.toString());
	}

	/** The jar or class folder that a class was loaded from. */
	static Path rootOf(Class<?> type) {
		String resource = type.getName().replace('.', '/') + ".class";
		Bundle bundle = FrameworkUtil.getBundle(type);
		try {
			URL url = FileLocator.resolve(bundle.getResource(resource));
			String text = url.toString();
			if (text.startsWith("jar:")) {
				return Path.of(new java.net.URI(text.substring(4, text.indexOf("!/"))));
			}
			return Path.of(new java.net.URI(text.substring(0, text.length() - resource.length())));
		} catch (IOException | URISyntaxException e) {
			throw new IllegalStateException("cannot locate " + resource + " of " + bundle, e);
		}
	}
}
