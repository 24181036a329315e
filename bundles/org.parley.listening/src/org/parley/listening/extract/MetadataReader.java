package org.parley.listening.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

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

    /** The metadata a parsed page declares. */
    public PageMetadata read(Document page) {
        String jsonLd = jsonLd(page);
        String title = first(meta(page, "meta[property=og:title]"), meta(page, "meta[name=twitter:title]"),
                group(HEADLINE, jsonLd), cleanTitle(page));
        String author = first(group(AUTHOR_OBJECT, jsonLd), nonUrl(group(AUTHOR_STRING, jsonLd)),
                meta(page, "meta[name=author]"), nonUrl(meta(page, "meta[property=article:author]")),
                text(page, "[itemprop=author] [itemprop=name]"), text(page, "[itemprop=author]"),
                text(page, "[rel=author]"), text(page, ".byline .author, .author-name, .byline"),
                text(page, "[class*=byline] a, [class*=byline], .author a, .author"));
        String published = first(meta(page, "meta[property=article:published_time]"),
                meta(page, "meta[itemprop=datePublished]"), group(PUBLISHED, jsonLd),
                meta(page, "meta[name=date], meta[name=pubdate], meta[name=publish-date], meta[name=dc.date]"),
                attr(page, "time[datetime][itemprop=datePublished], article time[datetime], time[pubdate]",
                        "datetime"));
        return new PageMetadata(withoutSiteName(title, meta(page, "meta[property=og:site_name]")), shortName(author),
                published);
    }

    private static String jsonLd(Document page) {
        StringBuilder all = new StringBuilder();
        for (Element script : page.select(Selectors.of("script[type=application/ld+json]"))) {
            all.append(script.data()).append('\n');
        }
        return all.toString();
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

    private static String meta(Document page, String selector) {
        Element e = page.selectFirst(Selectors.of(selector));
        return e == null ? null : e.attr("content");
    }

    private static String attr(Document page, String selector, String attribute) {
        Element e = page.selectFirst(Selectors.of(selector));
        return e == null ? null : e.attr(attribute);
    }

    private static String text(Document page, String selector) {
        Element e = page.selectFirst(Selectors.of(selector));
        return e == null ? null : e.text();
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

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
