package org.parley.listening.store;

import java.util.HashMap;
import java.util.Map;

/**
 * A mention as one line of JSON, fields in a fixed order with the id first, so that files sort and diff well; and
 * back. Only the flat shape mentions have is read: strings, integers and null.
 */
final class MentionJson {

	private MentionJson() {
	}

	static String write(Mention m) {
		StringBuilder out = new StringBuilder(256 + (m.text() == null ? 0 : m.text().length()));
		out.append('{');
		field(out, "id", m.id()).append(',');
		field(out, "source", m.source()).append(',');
		field(out, "url", m.url()).append(',');
		field(out, "postUrl", m.postUrl()).append(',');
		field(out, "title", m.title()).append(',');
		field(out, "author", m.author()).append(',');
		field(out, "date", m.date()).append(',');
		field(out, "lang", m.lang()).append(',');
		field(out, "text", m.text()).append(',');
		field(out, "fetchedAt", m.fetchedAt()).append(',');
		out.append("\"status\":").append(m.status()).append(',');
		field(out, "contentHash", m.contentHash()).append(',');
		field(out, "extractorVersion", m.extractorVersion());
		return out.append('}').toString();
	}

	/** @throws IllegalArgumentException saying what is wrong at which character */
	static Mention read(String line) {
		Map<String, Object> fields = new Parser(line).object();
		Object status = fields.get("status");
		return new Mention(text(fields, "id"), text(fields, "source"), text(fields, "url"), text(fields, "postUrl"),
				text(fields, "title"), text(fields, "author"), text(fields, "date"), text(fields, "lang"),
				text(fields, "text"), text(fields, "fetchedAt"), status instanceof Long l ? l.intValue() : 0,
				text(fields, "contentHash"), text(fields, "extractorVersion"));
	}

	/** The id of a stored line, read without parsing the rest (lines start with {@code {"id":"}). */
	static String idOf(String line) {
		String prefix = "{\"id\":\"";
		int end = line.indexOf('"', prefix.length());
		if (!line.startsWith(prefix) || end < 0) {
			return read(line).id();
		}
		return line.substring(prefix.length(), end);
	}

	private static String text(Map<String, Object> fields, String name) {
		Object value = fields.get(name);
		return value instanceof String s ? s : null;
	}

	private static StringBuilder field(StringBuilder out, String name, String value) {
		out.append('"').append(name).append("\":");
		if (value == null) {
			return out.append("null");
		}
		out.append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
			case '"' -> out.append("\\\"");
			case '\\' -> out.append("\\\\");
			case '\n' -> out.append("\\n");
			case '\r' -> out.append("\\r");
			case '\t' -> out.append("\\t");
			default -> {
				if (c < 0x20 || c == '\u2028' || c == '\u2029') {
					out.append(String.format("\\u%04x", (int) c));
				} else {
					out.append(c);
				}
			}
			}
		}
		return out.append('"');
	}

	/** A reader for one flat JSON object. */
	private static final class Parser {
		private final String s;
		private int at;

		Parser(String s) {
			this.s = s;
		}

		Map<String, Object> object() {
			Map<String, Object> fields = new HashMap<>();
			expect('{');
			skipSpace();
			if (peek() == '}') {
				at++;
				return fields;
			}
			while (true) {
				skipSpace();
				String name = string();
				skipSpace();
				expect(':');
				skipSpace();
				fields.put(name, value());
				skipSpace();
				if (peek() == ',') {
					at++;
				} else {
					expect('}');
					return fields;
				}
			}
		}

		private Object value() {
			char c = peek();
			if (c == '"') {
				return string();
			}
			if (s.startsWith("null", at)) {
				at += 4;
				return null;
			}
			int start = at;
			while (at < s.length() && (Character.isDigit(s.charAt(at)) || s.charAt(at) == '-')) {
				at++;
			}
			if (start == at) {
				throw error("a string, a number or null");
			}
			return Long.parseLong(s.substring(start, at));
		}

		private String string() {
			expect('"');
			StringBuilder out = new StringBuilder();
			while (true) {
				if (at >= s.length()) {
					throw error("the end of the string");
				}
				char c = s.charAt(at++);
				if (c == '"') {
					return out.toString();
				}
				if (c != '\\') {
					out.append(c);
					continue;
				}
				char e = s.charAt(at++);
				switch (e) {
				case 'n' -> out.append('\n');
				case 'r' -> out.append('\r');
				case 't' -> out.append('\t');
				case 'b' -> out.append('\b');
				case 'f' -> out.append('\f');
				case 'u' -> {
					out.append((char) Integer.parseInt(s.substring(at, at + 4), 16));
					at += 4;
				}
				default -> out.append(e);
				}
			}
		}

		private char peek() {
			if (at >= s.length()) {
				throw error("more input");
			}
			return s.charAt(at);
		}

		private void expect(char c) {
			if (peek() != c) {
				throw error("'" + c + "'");
			}
			at++;
		}

		private void skipSpace() {
			while (at < s.length() && Character.isWhitespace(s.charAt(at))) {
				at++;
			}
		}

		private IllegalArgumentException error(String expected) {
			return new IllegalArgumentException("expected " + expected + " at character " + (at + 1));
		}
	}
}
