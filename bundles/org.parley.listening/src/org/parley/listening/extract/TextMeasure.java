package org.parley.listening.extract;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text length and link text length of every element under a root, measured in one walk and kept
 * up to date as blocks are removed through {@link #remove(Element)}. Asking {@code Element.text()}
 * of each nested block instead walks the page once per block. Lengths count a run of white space
 * as one character, as {@code text()} does, but not the separators it adds between blocks.
 */
final class TextMeasure {

    private static final class Sizes {
        int text;
        int commas;
        double links;
    }

    private final Map<Element, Sizes> sizes = new IdentityHashMap<>();

    /** Measures every element under (and including) {@code root}. */
    TextMeasure(Element root) {
        measure(root);
    }

    private TextMeasure() {
    }

    /** A measure that measures an element's subtree only when first asked about it. */
    static TextMeasure onDemand() {
        return new TextMeasure();
    }

    /**
     * Measures a new element that holds measured blocks (and maybe loose text) from their lengths, without walking
     * the blocks again.
     */
    void measureContainer(Element container) {
        Sizes s = new Sizes();
        for (Node child : container.childNodes()) {
            if (child instanceof Element e) {
                Sizes c = sizesOf(e);
                s.text += c.text;
                s.commas += c.commas;
                s.links += c.links;
            } else if (child instanceof TextNode t) {
                long lengthAndCommas = collapsedLengthAndCommas(t.getWholeText());
                s.text += (int) (lengthAndCommas >>> 32);
                s.commas += (int) lengthAndCommas;
            }
        }
        if (container.nameIs("a")) {
            String href = container.attr("href");
            s.links += s.text * (href.startsWith("#") && href.length() > 1 ? 0.3 : 1);
        }
        sizes.put(container, s);
    }

    /**
     * Whether {@code e.text()} is not blank, mostly without building it: a character that is neither white space
     * nor one {@code text()} leaves out (zero-width space, soft hyphen) proves it.
     */
    static boolean hasText(Element e) {
        return hasVisibleChar(e) || !e.text().isBlank();
    }

    private static boolean hasVisibleChar(Element e) {
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t) {
                String text = t.getWholeText();
                for (int i = 0; i < text.length(); i++) {
                    char c = text.charAt(i);
                    if (!Character.isWhitespace(c) && c != '\u00a0' && c != '\u200b' && c != '\u00ad') {
                        return true;
                    }
                }
            } else if (child instanceof Element inner && hasVisibleChar(inner)) {
                return true;
            }
        }
        return false;
    }

    /** The length of an element's text; elements added after the measure are measured on demand. */
    int textLength(Element e) {
        return sizesOf(e).text;
    }

    /** The commas in an element's text, a cheap sign of sentences. */
    int commas(Element e) {
        return sizesOf(e).commas;
    }

    /** Share of the text inside links; in-page anchors count less as they are usually footnotes. */
    double linkDensity(Element e) {
        Sizes s = sizesOf(e);
        return s.text == 0 ? 0 : s.links / s.text;
    }

    /** Removes an element from its parent and its text from its ancestors' lengths. */
    void remove(Element e) {
        Sizes removed = sizes.get(e);
        if (removed != null) {
            for (Element p = e.parent(); p != null; p = p.parent()) {
                Sizes s = sizes.get(p);
                if (s != null) {
                    s.text -= removed.text;
                    s.commas -= removed.commas;
                    s.links -= removed.links;
                }
            }
        }
        e.remove();
    }

    private Sizes sizesOf(Element e) {
        Sizes s = sizes.get(e);
        if (s == null) {
            measure(e);
            s = sizes.get(e);
        }
        return s;
    }

    private void measure(Element root) {
        Deque<Sizes> open = new ArrayDeque<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    Sizes s = new Sizes();
                    sizes.put(e, s);
                    open.push(s);
                } else if (node instanceof TextNode t && !open.isEmpty()) {
                    long lengthAndCommas = collapsedLengthAndCommas(t.getWholeText());
                    open.peek().text += (int) (lengthAndCommas >>> 32);
                    open.peek().commas += (int) lengthAndCommas;
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (!(node instanceof Element e)) {
                    return;
                }
                Sizes s = open.pop();
                if (e.nameIs("a")) {
                    String href = e.attr("href");
                    s.links += s.text * (href.startsWith("#") && href.length() > 1 ? 0.3 : 1);
                }
                if (!open.isEmpty()) {
                    open.peek().text += s.text;
                    open.peek().commas += s.commas;
                    open.peek().links += s.links;
                }
            }
        }, root);
    }

    // White space runs count as one character; a node of white space only counts nothing. One pass over the
    // characters gives the length (high half) and the commas (low half), as TextDensity.commas counts them.
    static long collapsedLengthAndCommas(String text) {
        int length = 0;
        int commas = 0;
        boolean inSpace = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u00a0') {
                inSpace = true;
            } else {
                if (inSpace) {
                    length++;
                    inSpace = false;
                }
                length++;
                any = true;
                if (c == ',' || c == '\uff0c' || c == '\u3001' || c == '\u060c') {
                    commas++;
                }
            }
        }
        if (any && inSpace) {
            length++;
        }
        return (long) (any ? length : 0) << 32 | commas;
    }
}
