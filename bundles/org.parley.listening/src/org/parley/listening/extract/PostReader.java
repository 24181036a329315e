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

    private static final int MAX_AUTHOR_LENGTH = 80;

    private final PostDateParser dates;

    PostReader(PostDateParser dates) {
        this.dates = dates;
    }

    Post read(Element post, ForumEngine parts, String pageUrl, Instant reference) {
        String author = post.hasAttr("data-author") ? post.attr("data-author") : author(post, parts.author());
        return new Post(author, date(post, parts.date(), reference), text(post, parts.body(), parts.noise()),
                permalink(post, parts.permalink(), pageUrl));
    }

    private static String author(Element post, String selector) {
        for (String alternative : selector.split(",")) {
            Element e = post.selectFirst(alternative.strip());
            if (e != null && !e.text().isBlank()) {
                String name = e.text().strip();
                return name.length() > MAX_AUTHOR_LENGTH ? name.substring(0, MAX_AUTHOR_LENGTH) : name;
            }
        }
        return null;
    }

    private OffsetDateTime date(Element post, String selector, Instant reference) {
        for (String alternative : selector.split(",")) {
            for (Element e : post.select(alternative.strip())) {
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
        for (TextNode t : e.select("*").textNodes()) {
            out.append(t.text()).append(' ');
        }
        return out.toString();
    }

    static String text(Element post, String bodySelector, String noise) {
        Element body = null;
        for (String alternative : bodySelector.split(",")) {
            body = post.selectFirst(alternative.strip());
            if (body != null) {
                break;
            }
        }
        Element copy = (body == null ? post : body).clone();
        for (Element e : copy.select(noise)) {
            if (e != copy) {
                e.remove();
            }
        }
        return TextRenderer.text(copy);
    }

    private static String permalink(Element post, String selector, String pageUrl) {
        for (String alternative : selector.split(",")) {
            Element e = post.selectFirst(alternative.strip());
            if (e != null) {
                String url = e.hasAttr("href") ? e.absUrl("href") : e.absUrl("content");
                if (!url.isEmpty()) {
                    return url;
                }
            }
        }
        String base = pageUrl.contains("#") ? pageUrl.substring(0, pageUrl.indexOf('#')) : pageUrl;
        return post.id().isEmpty() ? base : base + "#" + post.id();
    }
}
