package org.parley.listening.extract;

import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Turns an element into plain text the way a reader sees it: one line per paragraph, heading,
 * list item or line break, whitespace collapsed inside lines, no empty lines.
 */
final class TextRenderer {

    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "aside", "header",
            "footer", "nav", "blockquote", "pre", "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody",
            "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "figure", "figcaption", "form", "fieldset",
            "address", "hr", "details", "summary", "center", "caption");
    private static final Set<String> SILENT = Set.of("script", "style", "noscript", "template", "svg", "button",
            "select", "textarea", "input", "iframe", "object", "embed", "canvas");

    private TextRenderer() {
    }

    static String text(Element root) {
        StringBuilder raw = new StringBuilder();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    raw.append(t.getWholeText());
                } else if (node instanceof Element e) {
                    if (SILENT.contains(e.normalName())) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (e.normalName().equals("br") || BLOCKS.contains(e.normalName())) {
                        raw.append('\n');
                    } else if (e.normalName().equals("img")) {
                        raw.append(' ');
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    raw.append('\n');
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        return tidy(raw);
    }

    static String tidy(CharSequence raw) {
        StringBuilder out = new StringBuilder(raw.length());
        StringBuilder line = new StringBuilder();
        // One pass over the characters: this runs on every page's text and every post's.
        for (int i = 0, n = raw.length(); i <= n; i++) {
            char c = i < n ? raw.charAt(i) : '\n';
            if (c == '\n') {
                appendStripped(line, out);
                line.setLength(0);
            } else if (isInvisible(c)) {
                // Soft hyphens and zero-width characters are invisible but split words for any matcher.
                continue;
            } else if (c == ' ' || c == '\t' || c == '\u000b' || c == '\f' || c == '\r' || c == '\u00a0') {
                if (line.isEmpty() || line.charAt(line.length() - 1) != ' ') {
                    line.append(' ');
                }
            } else {
                line.append(c);
            }
        }
        return out.toString();
    }

    // As out.append(line.toString().strip()) after a line break, without the two copies.
    private static void appendStripped(StringBuilder line, StringBuilder out) {
        int start = 0;
        int end = line.length();
        while (start < end && Character.isWhitespace(line.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(line.charAt(end - 1))) {
            end--;
        }
        if (start < end) {
            if (!out.isEmpty()) {
                out.append('\n');
            }
            out.append(line, start, end);
        }
    }

    private static boolean isInvisible(char c) {
        return c == '\u00ad' || c == '\u200b' || c == '\u200c' || c == '\u200d' || c == '\u2060' || c == '\ufeff';
    }
}
