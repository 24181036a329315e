package org.parley.core.storage;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A model file that could not be read or written, with the place in the file where known, so that a user can open
 * the file at that line.
 */
public class ModelFileException extends IOException {

	private static final long serialVersionUID = 1L;

	private final transient Path file;
	private final int line;
	private final int column;
	private final String problem;

	/**
	 * @param file the file in question
	 * @param line its 1-based line, 0 when unknown
	 * @param column its 1-based column, 0 when unknown
	 * @param problem what is wrong, in a sentence without the file name
	 * @param cause the underlying error, or {@code null}
	 */
	public ModelFileException(Path file, int line, int column, String problem, Throwable cause) {
		super(describe(file, line, column, problem), cause);
		this.file = file;
		this.line = line;
		this.column = column;
		this.problem = problem;
	}

	/** @return the file that failed */
	public Path file() {
		return file;
	}

	/** @return the 1-based line of the problem, 0 when unknown */
	public int line() {
		return line;
	}

	/** @return the 1-based column of the problem, 0 when unknown */
	public int column() {
		return column;
	}

	/** @return what is wrong, without the file and position */
	public String problem() {
		return problem;
	}

	private static String describe(Path file, int line, int column, String problem) {
		StringBuilder text = new StringBuilder(String.valueOf(file));
		if (line > 0) {
			text.append(':').append(line);
			if (column > 0) {
				text.append(':').append(column);
			}
		}
		return text.append(": ").append(problem).toString();
	}
}
