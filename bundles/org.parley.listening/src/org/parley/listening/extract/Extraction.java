package org.parley.listening.extract;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * What the extract stage found on one page: its title, language, main text and posts (the
 * messages of a forum thread, or the comments under an article), and for an article its author
 * and publication date.
 *
 * @param url    the page URL
 * @param title  the page or article title, null when none was found
 * @param lang   a language code ({@code fr}, {@code en}, …) or {@code other}
 * @param text   the main text, one paragraph per line
 * @param posts  the posts in page order, empty for a page without any
 * @param author the article's author from the page's metadata or byline, null when unknown
 * @param date   the article's publication date, null when unknown
 */
public record Extraction(String url, String title, String lang, String text, List<Post> posts, String author,
        OffsetDateTime date) {

    public Extraction {
        posts = List.copyOf(posts);
    }

    /** An extraction without article author and date. */
    public Extraction(String url, String title, String lang, String text, List<Post> posts) {
        this(url, title, lang, text, posts, null, null);
    }

    /** The same extraction with other posts (for pseudonymization). */
    public Extraction withPosts(List<Post> newPosts) {
        return new Extraction(url, title, lang, text, newPosts, author, date);
    }

    /** The same extraction with another article author (for pseudonymization). */
    public Extraction withAuthor(String newAuthor) {
        return new Extraction(url, title, lang, text, posts, newAuthor, date);
    }

    /**
     * Writes this extraction as one JSON object:
     * {@code {"url","title","author","date","lang","text","posts":[{"author","date","text","url"}]}}; dates in
     * ISO-8601 with offset, absent values as {@code null}.
     */
    public String toJson() {
        StringBuilder out = new StringBuilder(text == null ? 64 : text.length() + 256);
        out.append("{\"url\":");
        string(out, url);
        out.append(",\"title\":");
        string(out, title);
        out.append(",\"author\":");
        string(out, author);
        out.append(",\"date\":");
        string(out, date == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(date));
        out.append(",\"lang\":");
        string(out, lang);
        out.append(",\"text\":");
        string(out, text);
        out.append(",\"posts\":[");
        for (int i = 0; i < posts.size(); i++) {
            Post post = posts.get(i);
            out.append(i == 0 ? "" : ",").append("{\"author\":");
            string(out, post.author());
            out.append(",\"date\":");
            string(out, post.date() == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(post.date()));
            out.append(",\"text\":");
            string(out, post.text());
            out.append(",\"url\":");
            string(out, post.url());
            out.append('}');
        }
        return out.append("]}").toString();
    }

    private static void string(StringBuilder out, String value) {
        if (value == null) {
            out.append("null");
            return;
        }
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    // Control characters must be escaped; U+2028/2029 too, so the output is also valid JavaScript.
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
