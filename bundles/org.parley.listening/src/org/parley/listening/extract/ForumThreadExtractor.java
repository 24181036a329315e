package org.parley.listening.extract;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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

    /**
     * What each known engine's post selector needs somewhere on the page: one of these classes ({@code tag.class}
     * where the class alone is common, as {@code post} and {@code comment} are), ids or attributes.
     */
    private static final Map<String, List<String>> MARKS_BY_ENGINE = Map.of(
            "XenForo", List.of("message--post"),
            "phpBB", List.of("postbody"),
            "vBulletin", List.of("postcontainer", "postbitlegacy", "postbit", "postbit_wrapper"),
            "Invision", List.of("cpost", "#elcomment_"),
            "Discourse", List.of("crawler-post", "[itemprop=comment]", "[data-post-id]"),
            "Disqus", List.of("li.post"),
            "WordPress comments", List.of("#comments", "ol.commentlist", "li.comment", "article.comment"));
    private static final String[] MARK_CLASSES = MARKS_BY_ENGINE.values().stream().flatMap(List::stream)
            .filter(mark -> Character.isLetter(mark.charAt(0))).map(mark -> mark.substring(mark.indexOf('.') + 1))
            .distinct().toArray(String[]::new);

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
        return read(page, PageSurvey.of(page), reference);
    }

    /** The posts of a page, given what a walk over it found. */
    ThreadPosts read(Document page, PageSurvey survey, Instant reference) {
        Set<String> marks = survey.postMarks();
        for (ForumEngine engine : ForumEngine.KNOWN) {
            if (!mayMatch(engine, marks)) {
                continue;
            }
            List<Post> posts = read(page, engine, reference);
            if (!posts.isEmpty()) {
                return new ThreadPosts(engine.name(), engine.forum(), posts);
            }
        }
        List<Post> posts = fallback.find(page, survey.names(), reference);
        return new ThreadPosts(posts.isEmpty() ? "none" : "generic", false, posts);
    }

    /**
     * The marks of known engines' posts a page shows: class names (alone and after their tag), {@code #comments},
     * {@code #elComment_}, {@code [data-post-id]}, {@code [itemprop=comment]}. Most pages show few or none, and the
     * walk over the page says so where the engines' selectors would each walk it testing all their alternatives on
     * every element.
     */
    static final class PostMarks implements PageSurvey.Visitor {

        private final Set<String> marks = new HashSet<>();

        @Override
        public void head(Element e, int depth) {
            // Every mark is an attribute, and most elements have none.
            if (e.attributesSize() > 0) {
                addMarks(e, marks);
            }
        }

        Set<String> marks() {
            return marks;
        }
    }

    private static void addMarks(Element e, Set<String> marks) {
        String id = e.id();
        if (id.equals("comments")) {
            marks.add("#comments");
        } else if (id.regionMatches(true, 0, "elComment_", 0, 10)) {
            marks.add("#elcomment_");
        }
        if (e.hasAttr("data-post-id")) {
            marks.add("[data-post-id]");
        }
        if (e.attr("itemprop").equalsIgnoreCase("comment")) {
            marks.add("[itemprop=comment]");
        }
        addMarkClasses(e, marks);
    }

    // Splits and lower-cases nothing: class lists are long and almost never hold a mark.
    private static void addMarkClasses(Element e, Set<String> marks) {
        String classes = e.className();
        int n = classes.length();
        for (int start = 0; start < n; start++) {
            if (isClassSeparator(classes.charAt(start))) {
                continue;
            }
            int end = start + 1;
            while (end < n && !isClassSeparator(classes.charAt(end))) {
                end++;
            }
            char first = classes.charAt(start);
            for (String mark : MARK_CLASSES) {
                if (mark.length() == end - start && (first | 0x20) == mark.charAt(0)
                        && equalsIgnoringAsciiCase(classes, start, mark)) {
                    marks.add(mark);
                    marks.add(e.normalName() + "." + mark);
                }
            }
            start = end;
        }
    }

    private static boolean isClassSeparator(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }

    // The marks are lower-case ASCII: an upper-case ASCII letter of the class list matches its lower-case form.
    private static boolean equalsIgnoringAsciiCase(String classes, int start, String mark) {
        for (int i = 0; i < mark.length(); i++) {
            char c = classes.charAt(start + i);
            if ((c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) != mark.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    // An engine whose post selector needs a mark the page lacks cannot match; an engine not listed is always tried.
    private static boolean mayMatch(ForumEngine engine, Set<String> marks) {
        List<String> needed = MARKS_BY_ENGINE.get(engine.name());
        return needed == null || needed.stream().anyMatch(marks::contains);
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
