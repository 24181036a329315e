package org.parley.listening.extract;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Reads author, date, own text and permalink out of one post element, given selectors for each
 * part. Shared by the known engines and the generic fallback.
 */
final class PostReader {

    static final int MAX_AUTHOR_LENGTH = 80;

    private final PostDateParser dates;

    PostReader(PostDateParser dates) {
        this.dates = dates;
    }

    Post read(Element post, ForumEngine parts, String pageUrl, Instant reference) {
        String author = post.hasAttr("data-author") ? post.attr("data-author") : author(post, parts.author());
        // Guessed selectors match loosely ("content" is also a hovercard's class): take the fullest block.
        boolean guessed = parts == RepeatedPostFinder.GUESSED_PARTS;
        return new Post(author, date(post, parts.date(), reference), text(post, parts.body(), parts.noise(), guessed),
                permalink(post, parts.permalink(), pageUrl));
    }

    /** The first short non-empty text among the alternatives, in their order; null when none. */
    static String author(Element post, String selector) {
        for (String alternative : selector.split(",")) {
            for (Element e : post.select(Selectors.of(alternative.strip()))) {
                // A long text is a whole profile card, not a name.
                String name = e.text().strip();
                if (!name.isEmpty() && name.length() <= MAX_AUTHOR_LENGTH) {
                    return name;
                }
            }
        }
        return null;
    }

    private OffsetDateTime date(Element post, String selector, Instant reference) {
        for (String alternative : selector.split(",")) {
            for (Element e : post.select(Selectors.of(alternative.strip()))) {
                Optional<OffsetDateTime> date = dates.parse(e.attr("datetime"), reference)
                        .or(() -> dates.parse(e.attr("content"), reference))
                        .or(() -> dates.parse(e.attr("title"), reference))
                        .or(() -> dates.parse(spacedText(e), reference));
                if (date.isPresent()) {
                    return date.get();
                }
            }
        }
        return null;
    }

    // "<span>28.09.19</span><span>13:39</span>" must not read as the year 1913.
    static String spacedText(Element e) {
        StringBuilder out = new StringBuilder();
        for (TextNode t : e.select(Selectors.of("*")).textNodes()) {
            out.append(t.text()).append(' ');
        }
        return out.toString();
    }

    static String text(Element post, String bodySelector, String noise, boolean fullest) {
        Element body = fullest ? fullest(post, bodySelector) : firstWithText(post, bodySelector);
        if (body == null && !fullest) {
            // A known engine's post without its text block is a placeholder (an ad, a deleted post).
            return "";
        }
        Element copy = (body == null ? post : body).clone();
        for (Element e : copy.select(Selectors.of(noise))) {
            if (e != copy) {
                e.remove();
            }
        }
        return TextRenderer.text(copy);
    }

    private static Element fullest(Element post, String selector) {
        Element best = null;
        for (Element e : post.select(Selectors.of(selector))) {
            if (best == null || e.text().length() > best.text().length()) {
                best = e;
            }
        }
        return best;
    }

    private static Element firstWithText(Element post, String selector) {
        for (String alternative : selector.split(",")) {
            for (Element e : post.select(Selectors.of(alternative.strip()))) {
                if (!e.text().isBlank()) {
                    return e;
                }
            }
        }
        return null;
    }

    private static String permalink(Element post, String selector, String pageUrl) {
        for (String alternative : selector.split(",")) {
            Element e = post.selectFirst(Selectors.of(alternative.strip()));
            if (e != null) {
                String url = e.hasAttr("href") ? e.absUrl("href") : e.absUrl("content");
                if (!url.isEmpty() && !url.endsWith("#") && !url.startsWith("javascript:")) {
                    return url;
                }
            }
        }
        String base = pageUrl.contains("#") ? pageUrl.substring(0, pageUrl.indexOf('#')) : pageUrl;
        // A wrapper without an id often holds the post's own anchor a level down.
        String id = post.id();
        if (id.isEmpty()) {
            Element anchored = post.selectFirst(Selectors.of("[id~=\\d]"));
            id = anchored == null ? "" : anchored.id();
        }
        return id.isEmpty() ? base : base + "#" + id;
    }
}
