package org.parley.listening.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.jsoup.nodes.Element;

/**
 * What class names and ids say about a block: {@code article}, {@code content}, {@code post} hint at
 * the main text; {@code nav}, {@code sidebar}, {@code comment}, {@code footer}, {@code ad} at
 * everything around it. The word lists follow Mozilla Readability's, which were tuned on real pages.
 */
final class ContentHints {

    // Plain substrings of the lower-cased hints, not regular expressions: these run on every element of every pass.
    private static final String[] UNLIKELY = {"-ad-", "ai2html", "banner", "breadcrumbs", "combx", "comment",
        "community", "cover-wrap", "disqus", "extra", "footer", "gdpr", "header", "legends", "menu", "related",
        "remark", "replies", "rss", "shoutbox", "sidebar", "skyscraper", "social", "sponsor", "supplemental",
        "ad-break", "agegate", "pagination", "pager", "popup", "yom-remote", "cookie", "newsletter"};
    private static final String[] MAYBE = {"and", "article", "body", "column", "content", "main", "shadow"};
    private static final String[] POSITIVE = {"article", "body", "content", "entry", "hentry", "h-entry", "main",
        "page", "pagination", "post", "text", "blog", "story"};
    private static final String[] NEGATIVE = {"-ad-", "hidden", "banner", "combx", "comment", "com-", "contact",
        "footer", "gdpr", "masthead", "media", "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox",
        "sidebar", "skyscraper", "sponsor", "shopping", "tags", "widget"};
    private static final String[] UNLIKELY_ROLES = {"menu", "menubar", "complementary", "navigation", "alert",
        "alertdialog", "dialog"};

    private static final int SAYS_UNLIKELY = 1;
    private static final int SAYS_MAYBE = 2;

    // The same class lists and ids come back from block to block (menus, lists, cards) and from pass to pass:
    // each distinct one is read once per page.
    private final Map<String, Integer> unlikelyByHint = new HashMap<>();
    private final Map<String, Integer> weightByHint = new HashMap<>();

    /** Hints for the blocks of one page. */
    ContentHints() {
    }

    /** Class or id says navigation, sidebar, comments, ads … and nothing that says content. */
    boolean isUnlikelyCandidate(Element e) {
        if (e.attributesSize() == 0) {
            return false;
        }
        String role = e.attr("role");
        if (!role.isEmpty() && equalsAny(role, UNLIKELY_ROLES)) {
            return true;
        }
        String className = e.className();
        String id = e.id();
        if (className.isEmpty() && id.isEmpty()) {
            return false;
        }
        // No word holds a space, so class and id are searched apart rather than joined.
        int says = unlikelyHint(className) | unlikelyHint(id);
        return (says & SAYS_UNLIKELY) != 0 && (says & SAYS_MAYBE) == 0;
    }

    private int unlikelyHint(String hint) {
        if (hint.isEmpty()) {
            return 0;
        }
        Integer says = unlikelyByHint.get(hint);
        if (says == null) {
            String lower = hint.toLowerCase(Locale.ROOT);
            says = (containsAny(lower, UNLIKELY) ? SAYS_UNLIKELY : 0) | (containsAny(lower, MAYBE) ? SAYS_MAYBE : 0);
            unlikelyByHint.put(hint, says);
        }
        return says;
    }

    /** +25 for a content-like class and id each, −25 for a boilerplate-like one. */
    int classWeight(Element e) {
        if (e.attributesSize() == 0) {
            return 0;
        }
        return weight(e.className()) + weight(e.id());
    }

    private int weight(String hint) {
        if (hint.isEmpty()) {
            return 0;
        }
        Integer weight = weightByHint.get(hint);
        if (weight == null) {
            weight = weightOf(hint);
            weightByHint.put(hint, weight);
        }
        return weight;
    }

    private static int weightOf(String hint) {
        String lower = hint.toLowerCase(Locale.ROOT);
        int weight = 0;
        if (containsAny(lower, NEGATIVE) || isHidWord(lower)) {
            weight -= 25;
        }
        if (containsAny(lower, POSITIVE)) {
            weight += 25;
        }
        return weight;
    }

    // "hid" counts only as a whole word of the hint.
    private static boolean isHidWord(String hint) {
        return hint.equals("hid") || hint.startsWith("hid ") || hint.endsWith(" hid") || hint.contains(" hid ");
    }

    private static boolean containsAny(String text, String[] words) {
        for (String word : words) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean equalsAny(String text, String[] words) {
        for (String word : words) {
            if (text.equals(word)) {
                return true;
            }
        }
        return false;
    }

    /** Hidden with inline style, the hidden attribute or aria-hidden. */
    static boolean isHidden(Element e) {
        if (e.attributesSize() == 0) {
            // Most elements carry no attribute at all: nothing to look up.
            return false;
        }
        if (e.hasAttr("hidden")) {
            return true;
        }
        String style = e.attr("style");
        if (!style.isEmpty()) {
            style = style.replace(" ", "").toLowerCase(Locale.ROOT);
            if (style.contains("display:none") || style.contains("visibility:hidden")) {
                return true;
            }
        }
        return "true".equals(e.attr("aria-hidden")) && !e.className().contains("fallback-image");
    }
}
