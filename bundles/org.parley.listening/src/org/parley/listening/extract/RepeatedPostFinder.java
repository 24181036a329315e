package org.parley.listening.extract;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
    // [class*=username], [class*=author-name] … reduced to the parts that cover them all.
    private static final String[] NAME_CLASS_PARTS = {"user", "display-name", "author", "accountname", "poster",
        "member"};
    private static final int MIN_POSTS = 2;
    private static final int MIN_TEXT = 20;

    private final PostDateParser dates;
    private final PostReader reader;

    RepeatedPostFinder(PostDateParser dates) {
        this.dates = dates;
        this.reader = new PostReader(dates);
    }

    /** The posts of a page, given the names and teaser links a walk over its body found. */
    List<Post> find(Document page, NameFinder names, Instant reference) {
        Element body = page.body();
        if (body == null) {
            return List.of();
        }
        PostLikeTest test = new PostLikeTest(names, reference);
        List<Element> parents = test.parentsOfTwoWithAuthor(body);
        if (parents.isEmpty()) {
            // No two siblings hold an author: no group of siblings can be a thread (most pages).
            return List.of();
        }
        List<List<Element>> candidates = new ArrayList<>();
        for (List<Element> group : siblingGroups(parents)) {
            List<Element> postLike = group.stream().filter(test::isPostLike).toList();
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

    // Groups of siblings with the same signature, in page order, under the parents given (those that may hold posts).
    private static List<List<Element>> siblingGroups(List<Element> parents) {
        List<List<Element>> groups = new ArrayList<>();
        Map<String, List<Element>> bySignature = new LinkedHashMap<>();
        for (Element parent : parents) {
            Element first = parent.firstElementChild();
            bySignature.clear();
            for (Element child = first; child != null; child = child.nextElementSibling()) {
                if (!child.className().isBlank()) {
                    bySignature.computeIfAbsent(signature(child), k -> new ArrayList<>()).add(child);
                }
            }
            for (List<Element> group : bySignature.values()) {
                if (group.size() >= MIN_POSTS) {
                    groups.add(group);
                }
            }
        }
        return groups;
    }

    // Numbers differ from post to post ("post--702", "comment-13"): they are not part of the shape.
    private static String signature(Element e) {
        Set<String> names = e.classNames();
        if (names.size() == 1) {
            return e.normalName() + "." + withoutNumbers(names.iterator().next());
        }
        TreeSet<String> classes = new TreeSet<>();
        for (String c : names) {
            classes.add(withoutNumbers(c));
        }
        return e.normalName() + "." + String.join(".", classes);
    }

    private static String withoutNumbers(String className) {
        StringBuilder out = null;
        for (int i = 0; i < className.length(); i++) {
            char c = className.charAt(i);
            boolean digit = c >= '0' && c <= '9';
            if (digit && out == null) {
                out = new StringBuilder(className.length()).append(className, 0, i);
            }
            if (out != null && (!digit || out.isEmpty() || out.charAt(out.length() - 1) != '#')) {
                out.append(digit ? '#' : c);
            }
        }
        return out == null ? className : out.toString();
    }

    /**
     * Collects, on a walk over the page, what {@code GUESSED_PARTS.author()} selects in the body and the links of
     * teaser headlines ({@code h1 a, a h2, [class*=title] a, a [class*=headline], a header} …): jsoup would test each
     * alternative on every element, in a walk of its own per selector.
     */
    static final class NameFinder implements PageSurvey.Visitor {

        private static final int LINK = 1;
        private static final int HEADING = 2;
        private static final int AUTHOR = 4;

        private final Element body;
        private final List<Element> names = new ArrayList<>();
        private final List<Element> teaserLinks = new ArrayList<>();
        private boolean inBody;
        // Open links, headings or titles, [itemprop=author] elements in the body.
        private final int[] inside = new int[3];
        // What each open element is (LINK, HEADING, AUTHOR bits), by depth: its tail need not read it again.
        private int[] open = new int[64];

        NameFinder(Element body) {
            this.body = body;
        }

        @Override
        public void head(Element e, int depth) {
            inBody |= e == body;
            if (!inBody) {
                return;
            }
            boolean link = e.nameIs("a");
            boolean attributes = e.attributesSize() > 0;
            String className = attributes ? e.className().toLowerCase(Locale.ROOT) : "";
            boolean heading = isHeading(e.normalName()) || className.contains("title")
                    || className.contains("headline");
            boolean author = attributes && "author".equalsIgnoreCase(e.attr("itemprop"));
            if (link && inside[1] > 0 || (heading || e.nameIs("header")) && inside[0] > 0) {
                teaserLinks.add(e);
            }
            if (author || isNameLike(e, className)
                    || inside[2] > 0 && attributes && "name".equalsIgnoreCase(e.attr("itemprop"))) {
                names.add(e);
            }
            int kind = (link ? LINK : 0) | (heading ? HEADING : 0) | (author ? AUTHOR : 0);
            if (depth >= open.length) {
                open = Arrays.copyOf(open, depth * 2);
            }
            open[depth] = kind;
            count(kind, 1);
        }

        @Override
        public void tail(Element e, int depth) {
            if (!inBody) {
                return;
            }
            count(open[depth], -1);
            inBody = e != body;
        }

        private void count(int kind, int step) {
            inside[0] += (kind & LINK) != 0 ? step : 0;
            inside[1] += (kind & HEADING) != 0 ? step : 0;
            inside[2] += (kind & AUTHOR) != 0 ? step : 0;
        }

        // The class and tag alternatives of GUESSED_PARTS.author().
        private static boolean isNameLike(Element e, String className) {
            if (e.nameIs("cite") || className.contains("fn") && e.hasClass("fn")) {
                return true;
            }
            for (String part : NAME_CLASS_PARTS) {
                if (className.contains(part)) {
                    return true;
                }
            }
            return false;
        }

        private static boolean isHeading(String tag) {
            return tag.equals("h1") || tag.equals("h2") || tag.equals("h3") || tag.equals("h4");
        }
    }

    /**
     * Whether an element looks like a post: enough text, an author-like and a date-like element
     * inside, and not a teaser card. Authors and teaser links are found once for the whole page and
     * marked on their ancestors; dates are read once per date-like element.
     */
    private final class PostLikeTest {

        private final Instant reference;
        private final TextMeasure measure;
        private final Set<Element> withAuthor = Collections.newSetFromMap(new IdentityHashMap<>());
        // The same elements in page order: each name adds its ancestors not yet marked, top down, after the others.
        private final List<Element> withAuthorInOrder = new ArrayList<>();
        private final Set<Element> withTeaserLink = Collections.newSetFromMap(new IdentityHashMap<>());
        private final Map<Element, Boolean> readableDates = new IdentityHashMap<>();

        PostLikeTest(NameFinder found, Instant reference) {
            this.reference = reference;
            // Measured block by block as asked: most pages have no candidate post, and names are short.
            this.measure = TextMeasure.onDemand();
            List<Element> names = found.names;
            List<Element> teaserLinks = found.teaserLinks;
            // The first alternative that matches with a short text gives the name; any such match will do here.
            for (Element name : names) {
                int measured = measure.textLength(name);
                if (measured > 0 && measured <= 3 * PostReader.MAX_AUTHOR_LENGTH) {
                    String text = name.text().strip();
                    if (!text.isEmpty() && text.length() <= PostReader.MAX_AUTHOR_LENGTH) {
                        int marked = withAuthorInOrder.size();
                        for (Element p = name; p != null && withAuthor.add(p); p = p.parent()) {
                            withAuthorInOrder.add(p);
                        }
                        Collections.reverse(withAuthorInOrder.subList(marked, withAuthorInOrder.size()));
                    }
                }
            }
            // A related-article card also shows author, date and text, but under a linked headline.
            for (Element link : teaserLinks) {
                if (link.text().length() > 10) {
                    markWithAncestors(link, withTeaserLink);
                }
            }
        }

        /**
         * The elements of the body (or the body) with at least two children that hold an author-like element, in
         * page order: the only possible threads.
         */
        List<Element> parentsOfTwoWithAuthor(Element body) {
            Map<Element, Integer> children = new IdentityHashMap<>();
            for (Element e : withAuthorInOrder) {
                Element parent = e.parent();
                if (parent != null) {
                    children.merge(parent, 1, Integer::sum);
                }
            }
            Set<Element> aboveBody = Collections.newSetFromMap(new IdentityHashMap<>());
            for (Element p = body.parent(); p != null; p = p.parent()) {
                aboveBody.add(p);
            }
            List<Element> parents = new ArrayList<>();
            for (Element e : withAuthorInOrder) {
                if (children.getOrDefault(e, 0) >= 2 && !aboveBody.contains(e)) {
                    parents.add(e);
                }
            }
            return parents;
        }

        boolean isPostLike(Element e) {
            if (!withAuthor.contains(e) || withTeaserLink.contains(e) || !hasText(e)) {
                return false;
            }
            for (Element date : e.select(Selectors.of(GUESSED_PARTS.date()))) {
                if (readableDates.computeIfAbsent(date, this::isReadableDate)) {
                    return true;
                }
            }
            return false;
        }

        // The measure may read up to three times the exact length (see ArticleCleaner): only a short one is checked.
        private boolean hasText(Element e) {
            int measured = measure.textLength(e);
            return measured >= 3 * MIN_TEXT || measure.visibleChars(e) >= MIN_TEXT
                    || measured > 0 && e.text().length() >= MIN_TEXT;
        }

        private boolean isReadableDate(Element date) {
            String text = date.hasAttr("datetime") ? date.attr("datetime") : PostReader.spacedText(date);
            return dates.parse(text, reference).isPresent();
        }

        private static void markWithAncestors(Element e, Set<Element> marked) {
            for (Element p = e; p != null && marked.add(p); p = p.parent()) {
                // an ancestor already marked has its own ancestors marked too
            }
        }
    }
}
