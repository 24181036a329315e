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

    static String tidy(CharSequence rawText) {
        String raw = rawText.toString();
        StringBuilder out = new StringBuilder(raw.length());
        // Where the current line's text starts in out; -1 while it has none (its leading white space is dropped).
        int lineStart = -1;
        // One pass over the characters, straight into the output: this runs on every page's text and every post's.
        for (int i = 0, n = raw.length(); i < n; i++) {
            char c = raw.charAt(i);
            if (c == '\n') {
                endLine(out, lineStart);
                lineStart = -1;
            } else if (isInvisible(c)) {
                // Soft hyphens and zero-width characters are invisible but split words for any matcher.
                continue;
            } else if (c == ' ' || c == '\t' || c == '\u000b' || c == '\f' || c == '\r' || c == '\u00a0') {
                if (lineStart >= 0 && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
            } else if (lineStart >= 0 || !Character.isWhitespace(c)) {
                if (lineStart < 0) {
                    if (!out.isEmpty()) {
                        out.append('\n');
                    }
                    lineStart = out.length();
                }
                // Words are copied whole.
                int end = i + 1;
                while (end < n && isPlain(raw.charAt(end))) {
                    end++;
                }
                out.append(raw, i, end);
                i = end - 1;
            }
        }
        endLine(out, lineStart);
        return out.toString();
    }

    // A line ends without its trailing white space, as strip() would leave it.
    private static void endLine(StringBuilder out, int lineStart) {
        if (lineStart < 0) {
            return;
        }
        int end = out.length();
        while (end > lineStart && Character.isWhitespace(out.charAt(end - 1))) {
            end--;
        }
        out.setLength(end);
    }

    // A character copied as it is inside a line: no line break, space or invisible character.
    private static boolean isPlain(char c) {
        return c > ' ' && c != '\u00a0' && !isInvisible(c);
    }

    private static boolean isInvisible(char c) {
        return c == '\u00ad' || c == '\u200b' || c == '\u200c' || c == '\u200d' || c == '\u2060' || c == '\ufeff';
    }
}
