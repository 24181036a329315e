package org.parley.modelgen;

import java.util.List;
import java.util.function.Function;

import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;

/**
 * A part of the code EMF generates from a genmodel, the bundle it goes to, and which of the generator's files that
 * bundle takes. The generator also writes plugin.xml, build.properties and a manifest into each project; those stay
 * hand-written, so only the files named here are generated (and checked).
 */
public enum GeneratedPart {

	/** The model interfaces and implementations: {@code src-gen/} of the model bundle. */
	MODEL(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, GenModel::getModelDirectory, List.of()),

	/**
	 * The EMF.Edit item providers: {@code src-gen/}, and the labels ({@code plugin.properties}) and default icons
	 * ({@code icons/}) that the generated edit plug-in class loads.
	 */
	EDIT(GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE, GenModel::getEditDirectory, List.of("plugin.properties", "icons/"));

	private final String projectType;
	private final Function<GenModel, String> directory;
	private final List<String> otherOwnedPaths;

	GeneratedPart(String projectType, Function<GenModel, String> directory, List<String> otherOwnedPaths) {
		this.projectType = projectType;
		this.directory = directory;
		this.otherOwnedPaths = otherOwnedPaths;
	}

	/** The generator's project type, such as {@link GenBaseGeneratorAdapter#EDIT_PROJECT_TYPE}. */
	String projectType() {
		return projectType;
	}

	/** The genmodel's directory for this part, {@code /project/folder}. */
	String directoryOf(GenModel genModel) {
		return directory.apply(genModel);
	}

	/**
	 * Whether a project-relative path is generated for this part: under the source folder {@code folder}, or one
	 * of the other files or folders (a trailing {@code /}) this part takes from the generator.
	 */
	boolean owns(String folder, String path) {
		if (path.startsWith(folder + "/")) {
			return true;
		}
		for (String owned : otherOwnedPaths) {
			if (owned.endsWith("/") ? path.startsWith(owned) : path.equals(owned)) {
				return true;
			}
		}
		return false;
	}
}
