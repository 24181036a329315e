package org.parley.listening.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;

/**
 * Tidies the block the scorer picked: drops embedded widgets, share bars, link lists, image
 * galleries and forms that sit inside an article, as Readability's conditional cleaning does.
 */
final class ArticleCleaner {

    private static final Pattern CREDIT = Pattern.compile(
            "^(©|\\(c\\)|(cr[ée]dits?|copyright|photos?|foto|bild|titelbild|image|illustration|source)\\b[^:]{0,20}:"
                    + "|image illustrative|illustration$)", Pattern.CASE_INSENSITIVE);
    private static final int MAX_CREDIT_LENGTH = 120;

    private static final List<String> CONDITIONAL_TAGS = List.of("fieldset", "table", "ul", "ol", "div", "section");
    private static final int PARAGRAPHS = 0;
    private static final int IMAGES = 1;
    private static final int LIST_ITEMS = 2;
    private static final int INPUTS = 3;
    private static final int EMBEDS = 4;
    private static final int LIST_LENGTH = 5;

    private final BlockScorer scorer;
    private final boolean weightClasses;
    private final boolean conditional;
    private final HeuristicsUsed used;

    ArticleCleaner(BlockScorer scorer, MainTextExtractor.Pass pass, HeuristicsUsed used) {
        this.scorer = scorer;
        this.weightClasses = pass.weightClasses();
        this.conditional = pass.conditional();
        this.used = used;
    }

    /** Cleans the article the scorer grabbed; its blocks keep the lengths the scorer measured. */
    void clean(Element article) {
        TextMeasure measure = scorer.measure();
        measure.measureContainer(article);
        // Captions and credits describe pictures a text reader does not see.
        for (Element e : elements(article, ArticleCleaner::isWidgetOrCaption)) {
            measure.remove(e);
        }
        for (Element e : elements(article, ArticleCleaner::isShareBar).reversed()) {
            if (e != article && shorterThan(measure, e, 500)) {
                measure.remove(e);
            }
        }
        for (Element h : article.select(Selectors.of("h1, h2"))) {
            int weight = weightClasses ? scorer.hints().classWeight(h) : 0;
            used.weightedClasses |= weight != 0;
            if (weight < 0) {
                measure.remove(h);
            }
        }
        if (conditional) {
            // One walk finds the blocks of all six tags; those a round removes are passed over by the next ones.
            Map<String, List<Element>> blocks = new HashMap<>();
            for (String tag : CONDITIONAL_TAGS) {
                blocks.put(tag, new ArrayList<>());
            }
            NodeTraversor.traverse((node, depth) -> {
                if (node instanceof Element e && blocks.get(e.normalName()) instanceof List<Element> sameTag) {
                    sameTag.add(e);
                }
            }, article);
            for (String tag : CONDITIONAL_TAGS) {
                cleanConditionally(article, tag, blocks.get(tag), measure);
            }
        }
        // Picture credits ("Crédits photos : …", "Titelbild: …") outside of any figure markup.
        for (Element e : reversed(article.select(Selectors.of("p, span, div, small")))) {
            if (!shorterThan(measure, e, MAX_CREDIT_LENGTH)) {
                continue;
            }
            String text = e.text().strip();
            if (text.length() < MAX_CREDIT_LENGTH && CREDIT.matcher(text).find()) {
                measure.remove(e);
            }
        }
        for (Element p : article.getElementsByTag("p")) {
            if (!TextMeasure.hasText(p) && p.select(Selectors.of("img, picture, video, iframe")).isEmpty()) {
                p.remove();
            }
        }
    }

    /**
     * What {@code object, embed, footer, aside, iframe, form, figure:not(:has(img,picture)), figcaption,
     * .wp-caption-text, .caption, [class*=photo-credit], [class*=image-credit]} selects, tested tag first.
     */
    private static boolean isWidgetOrCaption(Element e) {
        switch (e.normalName()) {
            case "object", "embed", "footer", "aside", "iframe", "form", "figcaption":
                return true;
            case "figure":
                if (e.selectFirst(Selectors.of("img, picture")) == null) {
                    return true;
                }
                break;
            default:
                break;
        }
        if (e.attributesSize() == 0 || !e.hasAttr("class")) {
            return false;
        }
        String classes = e.className().toLowerCase(Locale.ROOT);
        return classes.contains("photo-credit") || classes.contains("image-credit")
                || classes.contains("caption") && (e.hasClass("caption") || e.hasClass("wp-caption-text"));
    }

    /** The elements under (and including) {@code root} that pass the test, in page order, as select would give them. */
    private static List<Element> elements(Element root, Predicate<Element> test) {
        List<Element> found = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Element e && test.test(e)) {
                found.add(e);
            }
        }, root);
        return found;
    }

    private static boolean isShareBar(Element e) {
        return e.attributesSize() > 0 && (isShare(e.className()) || isShare(e.id()));
    }

    // Share bars ("share", "sharedaddy", "social" in any case); neither word holds a space, so class and id are
    // searched apart.
    private static boolean isShare(String hint) {
        return containsIgnoringAsciiCase(hint, "share") || containsIgnoringAsciiCase(hint, "social");
    }

    private static boolean containsIgnoringAsciiCase(String text, String lowerWord) {
        for (int i = 0, last = text.length() - lowerWord.length(); i <= last; i++) {
            int k = 0;
            while (k < lowerWord.length()) {
                char c = text.charAt(i + k);
                if ((c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) != lowerWord.charAt(k)) {
                    break;
                }
                k++;
            }
            if (k == lowerWord.length()) {
                return true;
            }
        }
        return false;
    }

    // The measure counts a text node's edge spaces that text() may drop, so it may read up to three times the
    // exact length: only a block it measures that long is surely too long, the others are read.
    private static boolean shorterThan(TextMeasure measure, Element e, int length) {
        return measure.textLength(e) < 3 * length && measure.visibleChars(e) < length && e.text().length() < length;
    }

    private void cleanConditionally(Element article, String tag, List<Element> blocks, TextMeasure measure) {
        // Deepest first, so that a removed block's descendants are never judged on their own.
        for (Element e : blocks.reversed()) {
            if (e == article || !isInside(e, article) || tag.equals("table") && isDataTable(e)
                    || BlockScorer.hasAncestor(e, "code")) {
                continue;
            }
            if (shouldRemove(e, tag, measure)) {
                measure.remove(e);
                used.cleanedConditionally = true;
            }
        }
    }

    private static boolean isInside(Element e, Element article) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p == article) {
                return true;
            }
        }
        return false;
    }

    private boolean shouldRemove(Element e, String tag, TextMeasure measure) {
        int weight = weightClasses ? scorer.hints().classWeight(e) : 0;
        used.weightedClasses |= weight != 0;
        boolean listTag = tag.equals("ul") || tag.equals("ol");
        // A list starts with a negative score; inside the article that alone does not make it boilerplate.
        if (weight + scorer.score(e) < 0 && !(listTag && weight >= 0)) {
            return true;
        }
        if (measure.commas(e) >= 10) {
            return false;
        }
        // One walk counts what the tests below need (a list counts itself in its list length).
        int[] counts = new int[6];
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Element d) {
                switch (d.normalName()) {
                    case "p" -> counts[PARAGRAPHS]++;
                    case "img" -> counts[IMAGES]++;
                    case "li" -> counts[LIST_ITEMS]++;
                    case "input" -> counts[INPUTS]++;
                    case "object", "embed", "iframe" -> counts[EMBEDS]++;
                    case "ul", "ol" -> counts[LIST_LENGTH] += measure.textLength(d);
                    default -> {
                    }
                }
            }
        }, e);
        int paragraphs = counts[PARAGRAPHS];
        int images = counts[IMAGES];
        int listItems = counts[LIST_ITEMS] - 100;
        int inputs = counts[INPUTS];
        int embeds = counts[EMBEDS];
        int listLength = counts[LIST_LENGTH];
        double linkDensity = measure.linkDensity(e);
        int length = measure.textLength(e);
        boolean isList = listTag || length > 0 && (double) listLength / length > 0.9;
        boolean inFigure = BlockScorer.hasAncestor(e, "figure");
        return images > 1 && (double) paragraphs / images < 0.5 && !inFigure
                || !isList && listItems > paragraphs
                || inputs > paragraphs / 3
                || !isList && length < 25 && (images == 0 || images > 2) && !inFigure
                || !isList && weight < 25 && linkDensity > 0.2
                || weight >= 25 && linkDensity > 0.5
                || embeds == 1 && length < 75 || embeds > 1;
    }

    private static boolean isDataTable(Element table) {
        return "presentation".equals(table.attr("role")) ? false
                : table.selectFirst(Selectors.of("th, caption, thead, colgroup")) != null || table.select(Selectors.of("tr")).size() >= 10;
    }

    private static List<Element> reversed(Elements elements) {
        return elements.reversed();
    }
}
