package org.parley.listening.extract;

import java.util.List;

/**
 * Where a forum or comment software puts the parts of a post, as CSS selectors relative to the
 * post element. Lists of alternatives are comma-separated: the first match wins.
 *
 * @param name      the software, for diagnostics
 * @param post      selects each post element on the page
 * @param author    the author's name inside a post
 * @param date      the date inside a post ({@code datetime}, {@code title} or text is read)
 * @param body      the post's own text
 * @param permalink a link to the post; without one the post element's id makes an anchor
 * @param noise     parts of the body that are not the author's words: quotes, signatures, buttons
 * @param forum     true for forum software, whose posts are the page's content; false for comment
 *                  systems, whose posts come under an article
 */
record ForumEngine(String name, String post, String author, String date, String body, String permalink,
        String noise, boolean forum) {

    private static final String QUOTES = "blockquote, .bbcode_quote, aside.quote, .quote, .bbCodeBlock--quote, "
            + ".ipsQuote, .signature, .sig, .message-signature, .post-signature";

    /** The engines known by their markup, most specific first. */
    static final List<ForumEngine> KNOWN = List.of(
            new ForumEngine("XenForo", "article.message--post",
                    ".message-name .username, [itemprop=name]", "time.u-dt, time[datetime]",
                    ".message-body .bbWrapper, .message-body",
                    "a[href*=/post-], .message-attribution-opposite a[href]", QUOTES, true),
            new ForumEngine("phpBB", "div.post[id^=p]:has(.postbody)",
                    ".postprofile .username, .postprofile .username-coloured, p.author strong, .postprofile-head strong, .postprofile strong",
                    "p.author time, time[datetime], p.author, .author, .topic-date, .postbody-head",
                    "div.content, div.post-entry, .postbody .entry-content",
                    "p.author a[href*=#p], h3 a[href*=#p], a[href*=#p]", QUOTES + ", .post-buttons, .post-footer", true),
            new ForumEngine("vBulletin", "li.postcontainer, li.postbitlegacy, li.postbit, div.postbit_wrapper",
                    ".username, .popupctrl strong", ".postdate, .date", "blockquote.postcontent, div[id^=post_message_]",
                    "a.postcounter, a[name^=post]", ".bbcode_quote, .signature, .quote_container", true),
            new ForumEngine("Invision", "article.cPost, article[id^=elComment_]",
                    ".cAuthorPane_author, [itemprop=author] [itemprop=name]", "time[datetime]",
                    "[data-role=commentContent]", ".ipsComment_meta a[href*=comment], a[href*=comment=]", QUOTES, true),
            new ForumEngine("Discourse", "div.crawler-post, div[itemprop=comment], article[data-post-id]",
                    "[itemprop=author] [itemprop=name], .creator [itemprop=name], .names .username",
                    "time[itemprop=datePublished], .post-time, time[datetime], .crawler-post-infos",
                    "[itemprop=text], .cooked, .post", "a.post-date, meta[itemprop=url]", QUOTES, true),
            new ForumEngine("Disqus", "#disqus_thread li.post, .post-list li.post",
                    ".author, .post-byline .author", "time[datetime], .post-meta time, .time-ago",
                    ".post-message", "a.time-ago, a[data-role=relative-time]", QUOTES, false),
            new ForumEngine("WordPress comments",
                    "#comments li[id*=comment-], ol.commentlist > li, ol.comment-list li.comment, .comment-list article.comment, "
                            + "#comments article.comment, li.comment",
                    ".comment-author .fn, cite.fn, .comment-author, .author_name, .comment-author-name",
                    ".comment-metadata time, time[datetime], abbr.date[title], .comment-meta a, .comment-metadata, .comment_date, "
                            + ".commentmetadata, .comment-date, .comment-meta",
                    ".comment-content, .comment-text, .comment_content, .contenttext, .comment-body",
                    ".comment-metadata a[href*=#comment-], .comment-meta a[href*=#comment-], a[href*=#comment-]",
                    QUOTES + ", .reply, .comment-reply-link, .commentmetadata, .comment-likes, .comment-actions, .comment-author, .comment-meta, .comment-metadata, ul.children, ol.children", false));
}
