package org.parley.listening.extract;

import java.util.List;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Tidies the block the scorer picked: drops embedded widgets, share bars, link lists, image
 * galleries and forms that sit inside an article, as Readability's conditional cleaning does.
 */
final class ArticleCleaner {

    private static final Pattern CREDIT = Pattern.compile(
            "^(©|\\(c\\)|(cr[ée]dits?|copyright|photos?|foto|bild|titelbild|image|illustration|source)\\b[^:]{0,20}:"
                    + "|image illustrative|illustration$)", Pattern.CASE_INSENSITIVE);
    private static final int MAX_CREDIT_LENGTH = 120;
    private static final Pattern SHARE = Pattern.compile("share|sharedaddy|social", Pattern.CASE_INSENSITIVE);

    private final BlockScorer scorer;
    private final boolean weightClasses;
    private final boolean conditional;

    ArticleCleaner(BlockScorer scorer, boolean weightClasses, boolean conditional) {
        this.scorer = scorer;
        this.weightClasses = weightClasses;
        this.conditional = conditional;
    }

    void clean(Element article) {
        // Captions and credits describe pictures a text reader does not see.
        for (Element e : article.select(Selectors.of("object, embed, footer, aside, iframe, form, figure:not(:has(img,picture)), "
                + "figcaption, .wp-caption-text, .caption, [class*=photo-credit], [class*=image-credit]"))) {
            e.remove();
        }
        for (Element e : reversed(article.getAllElements())) {
            if (e != article && SHARE.matcher(e.className() + " " + e.id()).find() && e.text().length() < 500) {
                e.remove();
            }
        }
        for (Element h : article.select(Selectors.of("h1, h2"))) {
            if (weightClasses && ContentHints.classWeight(h) < 0) {
                h.remove();
            }
        }
        if (conditional) {
            for (String tag : List.of("fieldset", "table", "ul", "ol", "div", "section")) {
                cleanConditionally(article, tag);
            }
        }
        // Picture credits ("Crédits photos : …", "Titelbild: …") outside of any figure markup.
        for (Element e : reversed(article.select(Selectors.of("p, span, div, small")))) {
            String text = e.text().strip();
            if (text.length() < MAX_CREDIT_LENGTH && CREDIT.matcher(text).find()) {
                e.remove();
            }
        }
        for (Element p : article.getElementsByTag("p")) {
            if (p.text().isBlank() && p.select(Selectors.of("img, picture, video, iframe")).isEmpty()) {
                p.remove();
            }
        }
    }

    private void cleanConditionally(Element article, String tag) {
        // Deepest first, so that a removed block's descendants are never judged on their own.
        for (Element e : reversed(article.getElementsByTag(tag))) {
            if (e == article || tag.equals("table") && isDataTable(e) || BlockScorer.hasAncestor(e, "code")) {
                continue;
            }
            if (shouldRemove(e, tag)) {
                e.remove();
            }
        }
    }

    private boolean shouldRemove(Element e, String tag) {
        int weight = weightClasses ? ContentHints.classWeight(e) : 0;
        boolean listTag = tag.equals("ul") || tag.equals("ol");
        // A list starts with a negative score; inside the article that alone does not make it boilerplate.
        if (weight + scorer.score(e) < 0 && !(listTag && weight >= 0)) {
            return true;
        }
        String text = e.text();
        if (TextDensity.commas(text) >= 10) {
            return false;
        }
        int paragraphs = e.getElementsByTag("p").size();
        int images = e.getElementsByTag("img").size();
        int listItems = e.getElementsByTag("li").size() - 100;
        int inputs = e.getElementsByTag("input").size();
        int embeds = e.select(Selectors.of("object, embed, iframe")).size();
        double linkDensity = TextDensity.linkDensity(e);
        int length = text.length();
        boolean isList = listTag || listShare(e, length) > 0.9;
        boolean inFigure = BlockScorer.hasAncestor(e, "figure");
        return images > 1 && (double) paragraphs / images < 0.5 && !inFigure
                || !isList && listItems > paragraphs
                || inputs > paragraphs / 3
                || !isList && length < 25 && (images == 0 || images > 2) && !inFigure
                || !isList && weight < 25 && linkDensity > 0.2
                || weight >= 25 && linkDensity > 0.5
                || embeds == 1 && length < 75 || embeds > 1;
    }

    private static double listShare(Element e, int length) {
        if (length == 0) {
            return 0;
        }
        int listLength = 0;
        for (Element list : e.select(Selectors.of("ul, ol"))) {
            listLength += list.text().length();
        }
        return (double) listLength / length;
    }

    private static boolean isDataTable(Element table) {
        return "presentation".equals(table.attr("role")) ? false
                : table.selectFirst(Selectors.of("th, caption, thead, colgroup")) != null || table.select(Selectors.of("tr")).size() >= 10;
    }

    private static List<Element> reversed(Elements elements) {
        return elements.reversed();
    }
}
