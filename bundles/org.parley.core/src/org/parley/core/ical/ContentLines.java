package org.parley.core.ical;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes iCalendar content lines as RFC 5545 wants them: CRLF line ends, lines folded at 75 octets of UTF-8
 * (never inside a character), and TEXT values escaped.
 */
final class ContentLines {

	private static final int MAX_OCTETS = 75;
	private final StringBuilder out = new StringBuilder();

	/** Writes {@code name:value}; {@code name} may carry parameters ({@code DTSTART;TZID=Europe/Paris}). */
	ContentLines line(String name, String value) {
		return fold(name + ":" + value);
	}

	/** Writes a TEXT property, escaping its value. */
	ContentLines text(String name, String value) {
		return line(name, escape(value));
	}

	/** Writes a multi-valued TEXT property (CATEGORIES), each value escaped, separated by commas. */
	ContentLines texts(String name, List<String> values) {
		return line(name, String.join(",", values.stream().map(ContentLines::escape).toList()));
	}

	/** Escapes a TEXT value: backslash, semicolon, comma and line breaks (RFC 5545, 3.3.11). */
	static String escape(String value) {
		StringBuilder escaped = new StringBuilder(value.length() + 8);
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
			case '\\' -> escaped.append("\\\\");
			case ';' -> escaped.append("\\;");
			case ',' -> escaped.append("\\,");
			case '\r' -> {
				escaped.append("\\n");
				if (i + 1 < value.length() && value.charAt(i + 1) == '\n') {
					i++;
				}
			}
			case '\n' -> escaped.append("\\n");
			default -> escaped.append(c);
			}
		}
		return escaped.toString();
	}

	private ContentLines fold(String line) {
		int octets = 0;
		int i = 0;
		while (i < line.length()) {
			int codePoint = line.codePointAt(i);
			int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > MAX_OCTETS) {
				// A continuation line starts with one space, which counts towards its 75 octets.
				out.append("\r\n ");
				octets = 1;
			}
			out.appendCodePoint(codePoint);
			octets += size;
			i += Character.charCount(codePoint);
		}
		out.append("\r\n");
		return this;
	}

	@Override
	public String toString() {
		return out.toString();
	}
}
