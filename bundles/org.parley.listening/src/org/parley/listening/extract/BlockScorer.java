package org.parley.listening.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the block that holds a page's main text, the Readability way: strip what is hidden or
 * named like boilerplate, give every paragraph points for its length and commas, pass them up to
 * its ancestors, damp each ancestor by its link density and keep the best one together with the
 * siblings that score nearly as well.
 */
final class BlockScorer {

    private static final Set<String> TAGS_TO_SCORE = Set.of("section", "h2", "h3", "h4", "h5", "h6", "p", "td",
            "pre");
    private static final Set<String> DIV_BLOCK_CHILDREN = Set.of("blockquote", "dl", "div", "img", "ol", "p", "pre",
            "table", "ul", "section", "article", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "header", "footer",
            "aside", "nav", "form", "hr", "main", "li");
    private static final Set<String> ALWAYS_REMOVED = Set.of("script", "style", "noscript", "template", "svg",
            "canvas", "link", "meta", "nav", "button", "input", "select", "textarea");
    private static final Pattern SENTENCE_END = Pattern.compile("(?s).*\\.( .*|$)");
    private static final int MAX_ANCESTORS = 5;
    private static final int TOP_CANDIDATES = 5;

    private final boolean stripUnlikely;
    private final boolean weightClasses;
    private final HeuristicsUsed used;
    private final ContentHints hints;
    private final Map<Element, Double> scores = new IdentityHashMap<>();
    private TextMeasure measure;

    BlockScorer(MainTextExtractor.Pass pass, HeuristicsUsed used, ContentHints hints) {
        this.stripUnlikely = pass.stripUnlikely();
        this.weightClasses = pass.weightClasses();
        this.used = used;
        this.hints = hints;
    }

    /** What class names and ids say on the page being scored. */
    ContentHints hints() {
        return hints;
    }

    /** The text lengths of the blocks of the body given to {@link #grab}, and of what it grabbed. */
    TextMeasure measure() {
        return measure;
    }

    /** The score a block earned, 0 for a block that never was a candidate. */
    double score(Element e) {
        return scores.getOrDefault(e, 0.0);
    }

    /**
     * Picks the main block of a body (which it modifies) and returns a new container with it and
     * its related siblings.
     */
    Element grab(Element body) {
        List<Element> toScore = new ArrayList<>();
        prepare(body, toScore);
        measure = new TextMeasure(body);
        List<Element> candidates = scoreParagraphs(toScore);
        Element top = pickTop(body, candidates);
        if (top == body || top.parent() == null) {
            Element all = new Element("div");
            all.appendChildren(new ArrayList<>(body.childNodes()));
            return all;
        }
        return joinSiblings(top);
    }

    private void prepare(Element parent, List<Element> toScore) {
        // Only a child's own children change below: its next sibling, taken before, stays the next one.
        for (Element child = parent.firstElementChild(), next; child != null; child = next) {
            next = child.nextElementSibling();
            String tag = child.normalName();
            if (ALWAYS_REMOVED.contains(tag) || ContentHints.isHidden(child)) {
                child.remove();
                continue;
            }
            if (stripUnlikely && !tag.equals("body") && !tag.equals("a") && !tag.equals("article")
                    && !tag.equals("main") && hints.isUnlikelyCandidate(child)
                    && !hasAncestor(child, "table") && !hasAncestor(child, "code")) {
                child.remove();
                used.strippedUnlikely = true;
                continue;
            }
            if (TAGS_TO_SCORE.contains(tag)) {
                toScore.add(child);
            } else if (tag.equals("div")) {
                if (hasNoBlockChildren(child)) {
                    toScore.add(child);
                } else {
                    wrapLooseText(child);
                }
            }
            prepare(child, toScore);
        }
    }

    private static boolean hasNoBlockChildren(Element div) {
        for (Element c = div.firstElementChild(); c != null; c = c.nextElementSibling()) {
            if (DIV_BLOCK_CHILDREN.contains(c.normalName())) {
                return false;
            }
        }
        return true;
    }

    // Text sitting directly in a div between blocks is a paragraph without its <p>.
    private static void wrapLooseText(Element div) {
        List<Node> run = new ArrayList<>();
        for (Node node : new ArrayList<>(div.childNodes())) {
            boolean phrasing = node instanceof TextNode
                    || node instanceof Element e && !DIV_BLOCK_CHILDREN.contains(e.normalName());
            if (phrasing) {
                run.add(node);
            } else {
                wrap(run);
            }
        }
        wrap(run);
    }

    private static void wrap(List<Node> run) {
        if (anyText(run)) {
            Element p = new Element("p");
            run.get(0).before(p);
            p.appendChildren(run);
        }
        run.clear();
    }

    private static boolean anyText(List<Node> run) {
        for (Node n : run) {
            if (n instanceof TextNode t ? !t.isBlank() : TextMeasure.hasText((Element) n)) {
                return true;
            }
        }
        return false;
    }

    private List<Element> scoreParagraphs(List<Element> toScore) {
        List<Element> candidates = new ArrayList<>();
        for (Element paragraph : toScore) {
            if (paragraph.parent() == null) {
                continue;
            }
            // Lengths from 300 on score alike: only a paragraph that may be shorter is read out.
            int length = measure.visibleChars(paragraph) >= 300 ? 300 : paragraph.text().length();
            if (length < 25) {
                continue;
            }
            double points = 1 + measure.commas(paragraph) + Math.min(length / 100, 3);
            Element ancestor = paragraph.parent();
            for (int level = 0; level < MAX_ANCESTORS && ancestor != null; level++) {
                if (!scores.containsKey(ancestor)) {
                    scores.put(ancestor, initialScore(ancestor));
                    candidates.add(ancestor);
                }
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                scores.merge(ancestor, points / divider, Double::sum);
                ancestor = ancestor.parent();
                if (ancestor != null && ancestor.normalName().equals("#root")) {
                    break;
                }
            }
        }
        for (Element candidate : candidates) {
            scores.put(candidate, scores.get(candidate) * (1 - measure.linkDensity(candidate)));
        }
        candidates.sort((a, b) -> Double.compare(score(b), score(a)));
        return candidates.subList(0, Math.min(TOP_CANDIDATES, candidates.size()));
    }

    private double initialScore(Element e) {
        double base = switch (e.normalName()) {
            case "div" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        int weight = weightClasses ? hints.classWeight(e) : 0;
        used.weightedClasses |= weight != 0;
        return base + weight;
    }

    private Element pickTop(Element body, List<Element> candidates) {
        if (candidates.isEmpty() || candidates.get(0).normalName().equals("html")) {
            return body;
        }
        Element top = candidates.get(0);
        top = commonAncestorOfCloseRunnersUp(top, candidates);
        // Climb while the parent holds clearly more of the text than the candidate itself.
        Element parent = top.parent();
        double lastScore = score(top);
        double threshold = lastScore / 3;
        while (parent != null && parent != body && !parent.normalName().equals("html")) {
            if (!scores.containsKey(parent)) {
                parent = parent.parent();
                continue;
            }
            double parentScore = score(parent);
            if (parentScore < threshold) {
                break;
            }
            if (parentScore > lastScore) {
                top = parent;
                break;
            }
            lastScore = parentScore;
            parent = parent.parent();
        }
        while (top.parent() != null && top.parent() != body && isOnlyChild(top)) {
            top = top.parent();
        }
        return top;
    }

    private static boolean isOnlyChild(Element e) {
        Element first = e.parent().firstElementChild();
        return first == e && e.nextElementSibling() == null;
    }

    // When several near-equal candidates share an ancestor, the article is that ancestor.
    private Element commonAncestorOfCloseRunnersUp(Element top, List<Element> candidates) {
        List<List<Element>> lists = new ArrayList<>();
        for (Element other : candidates.subList(1, candidates.size())) {
            if (score(other) / score(top) >= 0.75) {
                lists.add(other.parents());
            }
        }
        if (lists.size() < 3) {
            return top;
        }
        Element parent = top.parent();
        while (parent != null && !parent.normalName().equals("body")) {
            Element p = parent;
            long containing = lists.stream().filter(l -> l.stream().anyMatch(x -> x == p)).count();
            if (containing >= 3) {
                if (!scores.containsKey(parent)) {
                    scores.put(parent, initialScore(parent));
                }
                return parent;
            }
            parent = parent.parent();
        }
        return top;
    }

    private Element joinSiblings(Element top) {
        Element article = new Element("div");
        double topScore = score(top);
        double threshold = Math.max(10, topScore * 0.2);
        // A sibling appended leaves its parent: the next one is taken before.
        for (Element sibling = top.parent().firstElementChild(), next; sibling != null; sibling = next) {
            next = sibling.nextElementSibling();
            boolean append = sibling == top;
            if (!append) {
                double bonus = !top.className().isEmpty() && sibling.className().equals(top.className())
                        ? topScore * 0.2 : 0;
                if (scores.containsKey(sibling) && score(sibling) + bonus >= threshold) {
                    append = true;
                } else if (sibling.normalName().equals("p")) {
                    double linkDensity = measure.linkDensity(sibling);
                    String text = sibling.text();
                    append = text.length() > 80 && linkDensity < 0.25
                            || !text.isEmpty() && text.length() <= 80 && linkDensity == 0
                                    && SENTENCE_END.matcher(text).matches();
                }
            }
            if (append) {
                article.appendChild(sibling);
            }
        }
        return article;
    }

    static boolean hasAncestor(Element e, String tag) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p.normalName().equals(tag)) {
                return true;
            }
        }
        return false;
    }
}
