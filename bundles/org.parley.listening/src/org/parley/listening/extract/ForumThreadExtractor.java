package org.parley.listening.extract;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Splits a thread page into its posts (author, date, own text without quotes of earlier posts,
 * permalink): first by the markup of the forum and comment software we know (phpBB and its
 * Forumotion skins, XenForo, vBulletin, Invision, Discourse, Disqus, WordPress comments), else by
 * {@link RepeatedPostFinder}'s search for a repeated post-like structure.
 */
public final class ForumThreadExtractor {

    // Every known engine's post selector needs one of these classes, ids or attributes somewhere on the page.
    private static final Set<String> KNOWN_POST_CLASSES = Set.of("message--post", "post", "postcontainer",
            "postbitlegacy", "postbit", "postbit_wrapper", "cpost", "crawler-post", "commentlist", "comment-list",
            "comment");

    private final PostReader reader;
    private final RepeatedPostFinder fallback;

    /** An extractor reading post dates with the given parser. */
    public ForumThreadExtractor(PostDateParser dates) {
        this.reader = new PostReader(dates);
        this.fallback = new RepeatedPostFinder(dates);
    }

    /**
     * The posts of a page in page order; empty when it shows no thread or comments.
     *
     * @param reference the instant relative dates ("2 days ago") count from
     */
    public List<Post> extract(Document page, Instant reference) {
        return read(page, reference).posts();
    }

    /**
     * The posts of a page together with the software that showed them.
     *
     * @param reference the instant relative dates ("2 days ago") count from
     */
    public ThreadPosts read(Document page, Instant reference) {
        for (ForumEngine engine : mayShowKnownPosts(page) ? ForumEngine.KNOWN : List.<ForumEngine>of()) {
            List<Post> posts = read(page, engine, reference);
            if (!posts.isEmpty()) {
                return new ThreadPosts(engine.name(), engine.forum(), posts);
            }
        }
        List<Post> posts = fallback.find(page, reference);
        return new ThreadPosts(posts.isEmpty() ? "none" : "generic", false, posts);
    }

    /**
     * Whether the page may show posts of a known engine. Most pages show none, and one cheap walk says so
     * where the engines' selectors would each walk the page testing all their alternatives on every element.
     */
    static boolean mayShowKnownPosts(Document page) {
        for (Element e : page.getAllElements()) {
            String id = e.id();
            if (id.equals("comments") || id.regionMatches(true, 0, "elComment_", 0, 10) || e.hasAttr("data-post-id")
                    || e.attr("itemprop").equalsIgnoreCase("comment")) {
                return true;
            }
            String classes = e.className().replace('\t', ' ').replace('\n', ' ').replace('\r', ' ').replace('\f', ' ');
            for (int start = 0, end; start < classes.length(); start = end + 1) {
                end = classes.indexOf(' ', start);
                end = end < 0 ? classes.length() : end;
                if (end > start && KNOWN_POST_CLASSES.contains(classes.substring(start, end).toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The name of the software whose markup the page uses, or {@code generic}/{@code none}. */
    public String engineOf(Document page) {
        return read(page, Instant.EPOCH).engine();
    }

    private List<Post> read(Document page, ForumEngine engine, Instant reference) {
        List<Post> posts = new ArrayList<>();
        for (Element element : page.select(Selectors.of(engine.post()))) {
            // A pingback is a link notice from another site, not somebody's words.
            if (element.hasClass("pingback") || element.hasClass("trackback")) {
                continue;
            }
            Post post = reader.read(element, engine, page.location(), reference);
            if (!post.text().isBlank()) {
                posts.add(post);
            }
        }
        return posts;
    }
}
