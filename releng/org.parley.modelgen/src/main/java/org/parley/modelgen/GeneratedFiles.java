package org.parley.modelgen;

import java.io.IOException;
import java.nio.file.Path;

/**
 * What the generator made for one {@link GeneratedPart}: the files by path relative to the part's project (a bundle
 * folder named like the project), which it can compare with that bundle on disk or write over it.
 *
 * @param part    the part
 * @param project the project name, which is the bundle's folder name
 * @param folder  the source folder in the project, such as {@code src-gen}
 * @param tree    the generated files the part owns
 */
public record GeneratedFiles(GeneratedPart part, String project, String folder, SourceTree tree) {

	/** The bundle folder in {@code bundles}. */
	public Path bundleIn(Path bundles) {
		return bundles.resolve(project);
	}

	/** The files of the bundle in {@code bundles} that this part owns, as they are on disk. */
	public SourceTree onDisk(Path bundles) throws IOException {
		return SourceTree.read(bundleIn(bundles), path -> part.owns(folder, path));
	}

	/** Makes the owned files of the bundle in {@code bundles} exactly these; returns how many were written and deleted. */
	public int[] writeTo(Path bundles) throws IOException {
		return tree.writeTo(bundleIn(bundles), path -> part.owns(folder, path));
	}
}
