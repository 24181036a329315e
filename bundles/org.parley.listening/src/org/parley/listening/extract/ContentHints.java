package org.parley.listening.extract;

import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/**
 * What class names and ids say about a block: {@code article}, {@code content}, {@code post} hint at
 * the main text; {@code nav}, {@code sidebar}, {@code comment}, {@code footer}, {@code ad} at
 * everything around it. The word lists follow Mozilla Readability's, which were tuned on real pages.
 */
final class ContentHints {

    private static final Pattern UNLIKELY = Pattern.compile(
            "-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header"
                    + "|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor"
                    + "|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|cookie|newsletter",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MAYBE = Pattern.compile("and|article|body|column|content|main|shadow",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern POSITIVE = Pattern.compile(
            "article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NEGATIVE = Pattern.compile(
            "-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta"
                    + "|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern UNLIKELY_ROLES = Pattern.compile(
            "menu|menubar|complementary|navigation|alert|alertdialog|dialog");

    private ContentHints() {
    }

    /** Class or id says navigation, sidebar, comments, ads … and nothing that says content. */
    static boolean isUnlikelyCandidate(Element e) {
        String hints = e.className() + " " + e.id();
        if (UNLIKELY_ROLES.matcher(e.attr("role")).matches()) {
            return true;
        }
        return UNLIKELY.matcher(hints).find() && !MAYBE.matcher(hints).find();
    }

    /** +25 for a content-like class and id each, −25 for a boilerplate-like one. */
    static int classWeight(Element e) {
        int weight = 0;
        for (String hint : new String[] {e.className(), e.id()}) {
            if (hint.isEmpty()) {
                continue;
            }
            if (NEGATIVE.matcher(hint).find()) {
                weight -= 25;
            }
            if (POSITIVE.matcher(hint).find()) {
                weight += 25;
            }
        }
        return weight;
    }

    /** Hidden with inline style, the hidden attribute or aria-hidden. */
    static boolean isHidden(Element e) {
        String style = e.attr("style").replace(" ", "").toLowerCase(java.util.Locale.ROOT);
        return e.hasAttr("hidden") || style.contains("display:none") || style.contains("visibility:hidden")
                || ("true".equals(e.attr("aria-hidden")) && !e.className().contains("fallback-image"));
    }
}
