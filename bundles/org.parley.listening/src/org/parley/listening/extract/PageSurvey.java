package org.parley.listening.extract;

import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * What the extractors look up all over a page, gathered in one walk instead of one walk each: the metadata sources
 * ({@link MetadataReader}), the marks of known forum engines' posts ({@link ForumThreadExtractor}) and the name-like
 * elements and teaser links of the body ({@link RepeatedPostFinder}).
 */
final class PageSurvey {

    /** Sees each element of the page on the way in and on the way out. */
    interface Visitor {
        void head(Element e, int depth);

        default void tail(Element e, int depth) {
        }
    }

    private final MetadataReader.Sources metadata = new MetadataReader.Sources();
    private final ForumThreadExtractor.PostMarks postMarks = new ForumThreadExtractor.PostMarks();
    private final RepeatedPostFinder.NameFinder names;

    private PageSurvey(Document page) {
        names = new RepeatedPostFinder.NameFinder(page.body());
        walk(page, metadata, postMarks, names);
    }

    /** Walks the page once. */
    static PageSurvey of(Document page) {
        return new PageSurvey(page);
    }

    /** Walks a page once for the given visitors, in page order. */
    static void walk(Element root, Visitor... visitors) {
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    for (Visitor visitor : visitors) {
                        visitor.head(e, depth);
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    for (Visitor visitor : visitors) {
                        visitor.tail(e, depth);
                    }
                }
            }
        }, root);
    }

    MetadataReader.Sources metadata() {
        return metadata;
    }

    Set<String> postMarks() {
        return postMarks.marks();
    }

    RepeatedPostFinder.NameFinder names() {
        return names;
    }
}
