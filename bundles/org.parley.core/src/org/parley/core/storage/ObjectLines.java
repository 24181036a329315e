package org.parley.core.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the line where an object is written in its model file, by its id, for markers and error messages. */
public final class ObjectLines {

	private ObjectLines() {
	}

	/** The 1-based line of the element with this id in {@code file}, or 0 when it is not found or unreadable. */
	public static int lineOf(Path file, String id) {
		if (id == null || id.isBlank() || !Files.isRegularFile(file)) {
			return 0;
		}
		try {
			byte[] bytes = Files.readAllBytes(file);
			int line = TextPosition.find(bytes, " id=\"" + id + "\"", 1)[0];
			return line > 0 ? line : TextPosition.find(bytes, "\"" + id + "\"", 1)[0];
		} catch (IOException e) {
			return 0;
		}
	}
}
