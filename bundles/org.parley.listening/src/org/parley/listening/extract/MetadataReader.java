package org.parley.listening.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;

/**
 * Reads the metadata pages publish for search engines and social networks: JSON-LD
 * ({@code headline}, {@code author.name}, {@code datePublished}), OpenGraph and article meta tags,
 * microdata and common byline markup. JSON-LD is read with patterns, not a JSON parser: the few
 * string fields needed do not justify a library.
 */
public final class MetadataReader {

    private static final String JSON_STRING = "\"((?:[^\"\\\\]|\\\\.)*)\"";
    private static final Pattern HEADLINE = Pattern.compile("\"headline\"\\s*:\\s*" + JSON_STRING);
    private static final Pattern PUBLISHED = Pattern.compile("\"datePublished\"\\s*:\\s*" + JSON_STRING);
    private static final Pattern AUTHOR_OBJECT = Pattern.compile(
            "\"(?:author|creator)\"\\s*:\\s*\\[?\\s*\\{[^{}]*?\"name\"\\s*:\\s*" + JSON_STRING);
    private static final Pattern AUTHOR_STRING = Pattern.compile("\"(?:author|creator)\"\\s*:\\s*\\[?\\s*" + JSON_STRING);
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—:»·]\\s+|\\s+::\\s+");

    private static final List<String> BYLINES = List.of("[itemprop=author] [itemprop=name]", "[itemprop=author]",
            "[rel=author]", ".byline .author, .author-name, .byline",
            "[class*=byline] a, [class*=byline], .author a, .author");

    /** The metadata a parsed page declares. */
    public PageMetadata read(Document page) {
        Sources sources = new Sources();
        PageSurvey.walk(page, sources);
        return read(page, sources);
    }

    /** The metadata a page declares, from the sources a walk over it gathered. */
    PageMetadata read(Document page, Sources sources) {
        String jsonLd = sources.jsonLd.toString();
        // Each source is looked up only when the ones before it gave nothing: most pages declare the first.
        String title = first(() -> sources.meta("meta[property=og:title]"), () -> sources.meta("meta[name=twitter:title]"),
                () -> group(HEADLINE, jsonLd), () -> cleanTitle(page));
        String author = first(() -> group(AUTHOR_OBJECT, jsonLd), () -> nonUrl(group(AUTHOR_STRING, jsonLd)),
                () -> sources.meta("meta[name=author]"), () -> nonUrl(sources.meta("meta[property=article:author]")),
                () -> sources.byline(0), () -> sources.byline(1), () -> sources.byline(2), () -> sources.byline(3),
                () -> sources.byline(4));
        String published = first(() -> sources.meta("meta[property=article:published_time]"),
                () -> sources.meta("meta[itemprop=datePublished]"), () -> group(PUBLISHED, jsonLd),
                () -> sources.meta("meta[name=date], meta[name=pubdate], meta[name=publish-date], meta[name=dc.date]"),
                () -> sources.time("time[datetime][itemprop=datePublished], article time[datetime], time[pubdate]"));
        return new PageMetadata(withoutSiteName(title, sources.meta("meta[property=og:site_name]")), shortName(author),
                published);
    }

    /**
     * The page's meta tags, time tags, JSON-LD and byline candidates, gathered in one walk: a {@code selectFirst}
     * per source would walk the whole page for each.
     */
    static final class Sources implements PageSurvey.Visitor {

        private final List<Element> metas = new ArrayList<>();
        private final List<Element> times = new ArrayList<>();
        private final StringBuilder jsonLd = new StringBuilder();
        private final List<Element> bylines = new ArrayList<>();
        private int inBylineOrAuthor;
        // Whether each open element is a byline or author block, by depth: its tail need not ask again.
        private boolean[] named = new boolean[64];

        @Override
        public void head(Element e, int depth) {
            if (e.nameIs("meta")) {
                metas.add(e);
            } else if (e.nameIs("time")) {
                times.add(e);
            } else if (e.nameIs("script") && e.attr("type").equalsIgnoreCase("application/ld+json")) {
                jsonLd.append(e.data()).append('\n');
            }
            boolean attributes = e.attributesSize() > 0;
            boolean isNamed = attributes && isBylineOrAuthor(e);
            if (isNamed || attributes && (e.hasAttr("itemprop") || e.hasAttr("rel"))
                    || e.nameIs("a") && inBylineOrAuthor > 0) {
                bylines.add(e);
            }
            if (depth >= named.length) {
                named = Arrays.copyOf(named, depth * 2);
            }
            named[depth] = isNamed;
            inBylineOrAuthor += isNamed ? 1 : 0;
        }

        @Override
        public void tail(Element e, int depth) {
            if (named[depth]) {
                inBylineOrAuthor--;
            }
        }

        // What an element needs to match the BYLINES selector of a rank: cheaper to ask than the selector.
        private static boolean mayMatchByline(int rank, Element e) {
            return switch (rank) {
                case 0, 1 -> e.hasAttr("itemprop");
                case 2 -> e.hasAttr("rel");
                case 3 -> isBylineOrAuthor(e);
                default -> isBylineOrAuthor(e) || e.nameIs("a");
            };
        }

        // Every element a BYLINES selector matches has one of these classes or attributes, or is a link inside such a class.
        private static boolean isBylineOrAuthor(Element e) {
            String classes = e.className();
            if (classes.isEmpty()) {
                return false;
            }
            String lower = classes.toLowerCase(Locale.ROOT);
            return lower.contains("byline") || lower.contains("author");
        }

        /** The content of the first meta tag the selector matches, as {@code selectFirst} would find it. */
        String meta(String selector) {
            Evaluator evaluator = Selectors.of(selector);
            for (Element e : metas) {
                if (e.is(evaluator)) {
                    return e.attr("content");
                }
            }
            return null;
        }

        /** The datetime of the first time element the selector matches. */
        String time(String selector) {
            Evaluator evaluator = Selectors.of(selector);
            for (Element e : times) {
                if (e.is(evaluator)) {
                    return e.attr("datetime");
                }
            }
            return null;
        }

        /** The text of the first element the byline selector of that rank matches. */
        String byline(int rank) {
            Evaluator evaluator = Selectors.of(BYLINES.get(rank));
            for (Element e : bylines) {
                if (mayMatchByline(rank, e) && e.is(evaluator)) {
                    return e.text();
                }
            }
            return null;
        }
    }

    // A page title usually carries the site name after a separator: keep the longest part.
    private static String cleanTitle(Document page) {
        String title = page.title().strip();
        if (title.isEmpty()) {
            Element h1 = page.selectFirst(Selectors.of("h1"));
            return h1 == null ? null : h1.text();
        }
        String best = title;
        String[] parts = TITLE_SEPARATOR.split(title);
        if (parts.length > 1) {
            best = parts[0];
            for (String part : parts) {
                if (part.length() > best.length()) {
                    best = part;
                }
            }
            if (best.split("\\s+").length < 3) {
                best = title;
            }
        }
        return best;
    }

    // "Obama admits … - BBC News": the site's name is not part of the headline.
    private static String withoutSiteName(String title, String siteName) {
        if (title == null || siteName == null || siteName.isBlank()) {
            return title;
        }
        String[] parts = TITLE_SEPARATOR.split(title);
        if (parts.length > 1 && parts[parts.length - 1].strip().equalsIgnoreCase(siteName.strip())) {
            return title.substring(0, title.length() - parts[parts.length - 1].length()).replaceFirst("\\s+\\S+\\s*$", "");
        }
        return title;
    }

    private static String group(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? unescape(m.group(1)) : null;
    }

    private static String unescape(String json) {
        StringBuilder out = new StringBuilder(json.length());
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c != '\\' || i + 1 >= json.length()) {
                out.append(c);
                continue;
            }
            char next = json.charAt(++i);
            switch (next) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'u' -> {
                    if (i + 4 < json.length()) {
                        out.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
                        i += 4;
                    }
                }
                default -> out.append(next);
            }
        }
        return out.toString();
    }

    private static String nonUrl(String value) {
        return value == null || value.startsWith("http") ? null : value;
    }

    // Bylines often read "By Jane Doe" or carry a date and a role after the name.
    private static String shortName(String author) {
        if (author == null) {
            return null;
        }
        String name = author.strip().replaceFirst("(?i)^(by|par|von)\\s+", "");
        return name.isEmpty() || name.length() > 100 ? null : name;
    }

    @SafeVarargs
    private static String first(Supplier<String>... sources) {
        for (Supplier<String> source : sources) {
            String v = source.get();
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
