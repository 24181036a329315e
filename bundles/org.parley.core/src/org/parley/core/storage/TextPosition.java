package org.parley.core.storage;

import java.nio.charset.StandardCharsets;

/** Finds where something stands in a file's bytes, as a 1-based line and column, for problems EMF does not locate. */
final class TextPosition {

	private TextPosition() {
	}

	/** The line and column of the byte at {@code offset}; columns count bytes. */
	static int[] lineAndColumn(byte[] bytes, int offset) {
		int line = 1;
		int lineStart = 0;
		for (int i = 0; i < offset && i < bytes.length; i++) {
			if (bytes[i] == '\n') {
				line++;
				lineStart = i + 1;
			}
		}
		return new int[] { line, offset - lineStart + 1 };
	}

	/**
	 * The line and column of the {@code occurrence}-th (1-based) appearance of {@code text}, or {@code {0, 0}} when it
	 * does not appear that often.
	 */
	static int[] find(byte[] bytes, String text, int occurrence) {
		byte[] needle = text.getBytes(StandardCharsets.UTF_8);
		int seen = 0;
		outer: for (int i = 0; i + needle.length <= bytes.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (bytes[i + j] != needle[j]) {
					continue outer;
				}
			}
			if (++seen == occurrence) {
				return lineAndColumn(bytes, i);
			}
		}
		return new int[] { 0, 0 };
	}
}
