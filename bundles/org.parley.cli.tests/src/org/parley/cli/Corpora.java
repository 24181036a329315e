package org.parley.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the shared test corpora are: {@code ../shared/corpora} beside the repository root. */
final class Corpora {

	private Corpora() {
	}

	static Path root() {
		Path dir = Path.of("").toAbsolutePath();
		while (dir != null && !Files.isDirectory(dir.resolve(".mvn"))) {
			dir = dir.getParent();
		}
		if (dir == null) {
			throw new IllegalStateException("no repository root (a folder with .mvn/) above " + Path.of("").toAbsolutePath());
		}
		return dir.resolveSibling("shared").resolve("corpora");
	}
}
