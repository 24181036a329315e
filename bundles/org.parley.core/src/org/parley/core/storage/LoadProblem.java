package org.parley.core.storage;

import java.nio.file.Path;

/**
 * Something wrong with one model file, found while loading it: where (file, 1-based line and column; 0 when the
 * problem concerns the whole file) and what.
 *
 * @param file the file, as found in the project folder
 * @param line the 1-based line, or 0 when unknown or not about a line
 * @param column the 1-based column, or 0 when unknown
 * @param message what is wrong, in words a user can act on
 */
public record LoadProblem(Path file, int line, int column, String message) {

	/** The problem in the compiler-style form {@code file:line:column: message}. */
	@Override
	public String toString() {
		return file + ":" + line + ":" + column + ": " + message;
	}
}
