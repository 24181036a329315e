package org.parley.core.merge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.parley.core.storage.AtomicFile;
import org.parley.core.storage.ModelFileException;
import org.parley.core.storage.ModelFileFormat;
import org.parley.model.ModelFile;

/**
 * Git's merge driver for model files ({@code merge=parley} in {@code .gitattributes}): reads the three versions
 * Git hands over ({@code %O %A %B}), merges them with {@link ModelMerge}, and writes the result over our version
 * ({@code %A}), where Git takes it from. The command line's {@code parley merge-driver} calls it and exits 1 when
 * the result has conflicts, so that Git marks the file as conflicted while the file itself stays loadable.
 */
public final class MergeDriver {

	private MergeDriver() {
	}

	/**
	 * @param base the common ancestor's content; an empty file when both sides added the file
	 * @param ours our content, replaced by the merged content
	 * @param theirs their content
	 * @param pathInRepository the file's path in the working tree ({@code %P}, relative to the current folder,
	 *        which Git sets to the top of the working tree); references to other files resolve from there
	 * @throws ModelFileException naming the file, side and line when a version does not load; {@code ours} is
	 *         then left as it was
	 */
	public static MergeResult merge(Path base, Path ours, Path theirs, Path pathInRepository) throws IOException {
		URI uri = ModelFileFormat.uriOf(pathInRepository);
		ModelFile baseRoot = Files.size(base) == 0 ? null : read(base, uri, pathInRepository, "base");
		ModelFile ourRoot = read(ours, uri, pathInRepository, "ours");
		ModelFile theirRoot = read(theirs, uri, pathInRepository, "theirs");
		MergeResult result;
		try {
			result = new ModelMerge().merge(baseRoot, ourRoot, theirRoot);
		} catch (IllegalArgumentException e) {
			throw new ModelFileException(pathInRepository, 0, 0, e.getMessage(), e);
		}
		AtomicFile.write(ours, ModelFileFormat.write(result.merged(), uri));
		return result;
	}

	private static ModelFile read(Path version, URI uri, Path shownAs, String side) throws IOException {
		try {
			return ModelFileFormat.read(ModelFileFormat.newResourceSet(), Files.readAllBytes(version), uri, shownAs,
					ModelFile.class);
		} catch (ModelFileException e) {
			throw new ModelFileException(shownAs, e.line(), e.column(), "(" + side + ") " + e.problem(), e);
		}
	}
}
