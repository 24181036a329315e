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
 * Text length, commas, visible characters and link text length of every element under a root, measured in one walk and kept
 * up to date as blocks are removed through {@link #remove(Element)}. Asking {@code Element.text()}
 * of each nested block instead walks the page once per block. Lengths count a run of white space
 * as one character, as {@code text()} does, but not the separators it adds between blocks.
 */
final class TextMeasure {

    private static final class Sizes {
        int text;
        int commas;
        int visible;
        double links;

        void add(Sizes other) {
            text += other.text;
            commas += other.commas;
            visible += other.visible;
            links += other.links;
        }

        void subtract(Sizes other) {
            text -= other.text;
            commas -= other.commas;
            visible -= other.visible;
            links -= other.links;
        }
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
                s.add(sizesOf(e));
            } else if (child instanceof TextNode t) {
                addText(t.getWholeText(), s);
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

    /**
     * The characters of an element's text that {@code text()} keeps whatever surrounds them: a lower bound of the
     * length of {@code text()}, which is exact for text with no white space or control characters.
     */
    int visibleChars(Element e) {
        return sizesOf(e).visible;
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
                    s.subtract(removed);
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
                    addText(t.getWholeText(), open.peek());
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
                    open.peek().add(s);
                }
            }
        }, root);
    }

    /**
     * Adds a text node's text: white space runs count as one character, a node of white space only counts nothing;
     * commas, Latin or CJK, a cheap sign of sentences; visible characters are those {@code text()} keeps whatever is
     * around them (not white space, control, zero-width space or soft hyphen).
     */
    private static void addText(String text, Sizes into) {
        int length = 0;
        int commas = 0;
        int visible = 0;
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
                if (c > ' ' && c != '\u200b' && c != '\u00ad') {
                    visible++;
                }
                if (c == ',' || c == '\uff0c' || c == '\u3001' || c == '\u060c') {
                    commas++;
                }
            }
        }
        if (any && inSpace) {
            length++;
        }
        into.text += any ? length : 0;
        into.commas += commas;
        into.visible += visible;
    }
}
