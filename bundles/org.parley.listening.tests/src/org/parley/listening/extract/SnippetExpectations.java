package org.parley.listening.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads trafilatura's {@code expectations.json}: a map from page URL to the page file and the
 * snippets its main text must and must not contain. A minimal JSON reader for objects, arrays
 * and strings is enough for that file.
 */
final class SnippetExpectations {

    record Page(String url, String file, List<String> with, List<String> without) {
    }

    private final String json;
    private int pos;

    private SnippetExpectations(String json) {
        this.json = json;
    }

    @SuppressWarnings("unchecked")
    static List<Page> parse(String json) {
        Map<String, Object> all = (Map<String, Object>) new SnippetExpectations(json).value();
        List<Page> pages = new ArrayList<>();
        for (Map.Entry<String, Object> entry : all.entrySet()) {
            Map<String, Object> page = (Map<String, Object>) entry.getValue();
            pages.add(new Page(entry.getKey(), (String) page.get("file"),
                    (List<String>) page.getOrDefault("with", List.of()),
                    (List<String>) page.getOrDefault("without", List.of())));
        }
        return pages;
    }

    private Object value() {
        skipSpace();
        char c = json.charAt(pos);
        return switch (c) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> string();
            default -> literal();
        };
    }

    private Map<String, Object> object() {
        Map<String, Object> map = new LinkedHashMap<>();
        pos++;
        skipSpace();
        if (json.charAt(pos) == '}') {
            pos++;
            return map;
        }
        while (true) {
            skipSpace();
            String key = string();
            skipSpace();
            pos++; // ':'
            map.put(key, value());
            skipSpace();
            if (json.charAt(pos++) == '}') {
                return map;
            }
        }
    }

    private List<Object> array() {
        List<Object> list = new ArrayList<>();
        pos++;
        skipSpace();
        if (json.charAt(pos) == ']') {
            pos++;
            return list;
        }
        while (true) {
            list.add(value());
            skipSpace();
            if (json.charAt(pos++) == ']') {
                return list;
            }
        }
    }

    private String string() {
        StringBuilder out = new StringBuilder();
        pos++;
        while (true) {
            char c = json.charAt(pos++);
            if (c == '"') {
                return out.toString();
            }
            if (c == '\\') {
                char e = json.charAt(pos++);
                switch (e) {
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'r' -> out.append('\r');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'u' -> {
                        out.append((char) Integer.parseInt(json.substring(pos, pos + 4), 16));
                        pos += 4;
                    }
                    default -> out.append(e);
                }
            } else {
                out.append(c);
            }
        }
    }

    private Object literal() {
        int start = pos;
        while (pos < json.length() && ",}] \n\r\t".indexOf(json.charAt(pos)) < 0) {
            pos++;
        }
        return json.substring(start, pos);
    }

    private void skipSpace() {
        while (pos < json.length() && Character.isWhitespace(json.charAt(pos))) {
            pos++;
        }
    }
}
