package org.parley.modelgen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Regenerates the code of a genmodel without an IDE, every {@link GeneratedPart} into the bundle its genmodel
 * directory names: {@code GenerateModel <file.genmodel> <bundles folder>}.
 * <p>
 * First brings the genmodel up to date with its ecore (rewriting the file only when that changes it), then
 * generates into an empty scratch folder and makes each bundle's generated files exactly what was generated:
 * changed files are written, stale ones deleted. Exit code 0 on success, 1 on failure, 2 on bad arguments.
 */
public final class GenerateModel {

	private GenerateModel() {
	}

	public static void main(String[] args) {
		if (args.length != 2) {
			System.err.println("usage: GenerateModel <file.genmodel> <bundles folder>");
			System.exit(2);
		}
		try {
			System.out.println(run(Path.of(args[0]), Path.of(args[1])));
		} catch (IOException | RuntimeException e) {
			System.err.println("GenerateModel: " + e.getMessage());
			e.printStackTrace();
			System.exit(1);
		}
	}

	/** Does the work of {@link #main(String[])} and returns a one-line summary of it. */
	public static String run(Path genModelFile, Path bundles) throws IOException {
		StandaloneGenModel model = StandaloneGenModel.load(genModelFile);
		boolean genModelUpdated = !model.isCurrentOnDisk();
		if (genModelUpdated) {
			Files.write(model.file(), model.serialized());
		}
		StringBuilder summary = new StringBuilder();
		for (GeneratedPart part : GeneratedPart.values()) {
			GeneratedFiles generated = new ModelCodeGenerator().generate(model, part);
			int[] writtenAndDeleted = generated.writeTo(bundles);
			summary.append(String.format("%s%s: %d files, %d written, %d deleted", summary.isEmpty() ? "" : "; ",
					generated.bundleIn(bundles).toAbsolutePath().normalize(), generated.tree().files().size(),
					writtenAndDeleted[0], writtenAndDeleted[1]));
		}
		if (genModelUpdated) {
			summary.append("; ").append(model.file().getFileName()).append(" updated from its ecore");
		}
		return summary.toString();
	}
}
