package org.parley.listening.extract;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the posts of a thread whose software we do not know: siblings with the same tag and
 * class signature, most of which hold an author-like element, a date-like element and a text
 * block. The group with the most text wins.
 */
final class RepeatedPostFinder {

    static final ForumEngine GUESSED_PARTS = new ForumEngine("generic", "*",
            ".fn, [itemprop=author] [itemprop=name], [itemprop=author], [class*=username], [class*=user-name], "
                    + "[class*=display-name], [class*=author-name], [class*=accountname], [class*=author], "
                    + "[class*=poster], [class*=member], [class*=user], cite",
            "time, [itemprop=datePublished], [class*=date], [class*=time], [class*=posted]",
            "[itemprop=text], [class*=message], [class*=content], [class*=text], [class*=body], [class*=entry]",
            "a[href*=#]",
            "blockquote, .quote, .signature, [class*=author], [class*=accountname], [class*=username], [class*=poster], [class*=date], [class*=time], [class*=reply-link], [class*=reply-button], .reply, "
                    + "[class*=vote], [class*=avatar], button, form", false);
    private static final int MIN_POSTS = 2;
    private static final int MIN_TEXT = 20;

    private final PostDateParser dates;
    private final PostReader reader;

    RepeatedPostFinder(PostDateParser dates) {
        this.dates = dates;
        this.reader = new PostReader(dates);
    }

    List<Post> find(Document page, Instant reference) {
        Element body = page.body();
        if (body == null) {
            return List.of();
        }
        List<List<Element>> candidates = new ArrayList<>();
        for (List<Element> group : siblingGroups(body)) {
            List<Element> postLike = group.stream().filter(e -> isPostLike(e, reference)).toList();
            if (postLike.size() >= MIN_POSTS && postLike.size() * 3 >= group.size() * 2) {
                candidates.add(postLike);
            }
        }
        // The group with the most text is the thread, unless its posts turn out empty once read.
        candidates.sort(Comparator.comparingInt(RepeatedPostFinder::textLength).reversed());
        for (List<Element> group : candidates) {
            List<Post> posts = new ArrayList<>();
            for (Element e : group) {
                Post post = reader.read(e, GUESSED_PARTS, page.location(), reference);
                if (!post.text().isBlank()) {
                    posts.add(post);
                }
            }
            if (posts.size() >= MIN_POSTS) {
                return posts;
            }
        }
        return List.of();
    }

    private static int textLength(List<Element> group) {
        return group.stream().mapToInt(e -> e.text().length()).sum();
    }

    private static List<List<Element>> siblingGroups(Element body) {
        List<List<Element>> groups = new ArrayList<>();
        for (Element parent : body.getAllElements()) {
            if (parent.childrenSize() < MIN_POSTS) {
                continue;
            }
            Map<String, List<Element>> bySignature = new LinkedHashMap<>();
            for (Element child : parent.children()) {
                if (!child.className().isBlank()) {
                    bySignature.computeIfAbsent(signature(child), k -> new ArrayList<>()).add(child);
                }
            }
            bySignature.values().stream().filter(g -> g.size() >= MIN_POSTS).forEach(groups::add);
        }
        return groups;
    }

    // A related-article card also shows author, date and text, but under a linked headline.
    private static boolean isTeaser(Element e) {
        for (Element link : e.select(Selectors.of("h1 a, h2 a, h3 a, h4 a, a h1, a h2, a h3, a h4, [class*=title] a, a [class*=title], "
                + "[class*=headline] a, a [class*=headline], a header"))) {
            if (link.text().length() > 10) {
                return true;
            }
        }
        return false;
    }

    // Numbers differ from post to post ("post--702", "comment-13"): they are not part of the shape.
    private static String signature(Element e) {
        TreeSet<String> classes = new TreeSet<>();
        for (String c : e.classNames()) {
            classes.add(c.replaceAll("\\d+", "#"));
        }
        return e.normalName() + "." + String.join(".", classes);
    }

    private boolean isPostLike(Element e, Instant reference) {
        if (e.text().length() < MIN_TEXT || isTeaser(e)) {
            return false;
        }
        if (PostReader.author(e, GUESSED_PARTS.author()) == null) {
            return false;
        }
        for (Element date : e.select(Selectors.of(GUESSED_PARTS.date()))) {
            if (dates.parse(date.hasAttr("datetime") ? date.attr("datetime") : PostReader.spacedText(date), reference).isPresent()) {
                return true;
            }
        }
        return false;
    }
}
