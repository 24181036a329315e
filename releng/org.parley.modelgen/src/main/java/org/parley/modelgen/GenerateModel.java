package org.parley.modelgen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Regenerates a model bundle's {@code src-gen/} from its genmodel, without an IDE:
 * {@code GenerateModel <file.genmodel> <src-gen folder>}.
 * <p>
 * First brings the genmodel up to date with its ecore (rewriting the file only when that changes it), then
 * generates into an empty scratch folder and makes the output folder hold exactly what was generated:
 * changed files are written, stale ones deleted. Exit code 0 on success, 1 on failure, 2 on bad arguments.
 */
public final class GenerateModel {

	private GenerateModel() {
	}

	public static void main(String[] args) {
		if (args.length != 2) {
			System.err.println("usage: GenerateModel <file.genmodel> <src-gen folder>");
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
	public static String run(Path genModelFile, Path outputFolder) throws IOException {
		StandaloneGenModel model = StandaloneGenModel.load(genModelFile);
		boolean genModelUpdated = !model.isCurrentOnDisk();
		if (genModelUpdated) {
			Files.write(model.file(), model.serialized());
		}
		SourceTree generated = new ModelCodeGenerator().generate(model);
		int[] writtenAndDeleted = generated.writeTo(outputFolder);
		return String.format("%s: %d files, %d written, %d deleted%s", outputFolder.toAbsolutePath().normalize(),
				generated.files().size(), writtenAndDeleted[0], writtenAndDeleted[1],
				genModelUpdated ? "; " + model.file().getFileName() + " updated from its ecore" : "");
	}
}
