package org.parley.listening.extract;

import java.time.Instant;
import java.time.ZoneId;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The extract stage in one call: sniff and parse the fetched bytes, take the main text, split
 * the thread or comments into posts, guess the language and pseudonymize authors. On a forum
 * thread the text is the posts' text; on an article it is the article's, comments apart.
 */
public final class PageExtractor {

    private final ContentSniffer sniffer = new ContentSniffer();
    private final LanguageGuesser languages = new LanguageGuesser();
    private final MainTextExtractor mainText;
    private final ForumThreadExtractor threads;
    private final ForumThreadExtractor usThreads;
    private final AuthorPseudonymizer pseudonymizer;

    /**
     * @param zone          the zone local dates on the source's pages are in
     * @param pseudonymizer the project's author pseudonymizer (or {@link AuthorPseudonymizer#off()})
     */
    public PageExtractor(ZoneId zone, AuthorPseudonymizer pseudonymizer) {
        PostDateParser dates = new PostDateParser(zone);
        this.mainText = new MainTextExtractor(dates);
        this.threads = new ForumThreadExtractor(dates);
        this.usThreads = new ForumThreadExtractor(dates.monthFirst());
        this.pseudonymizer = pseudonymizer;
    }

    /**
     * Extracts a fetched page.
     *
     * @throws NotHtmlException when the body is not HTML, whatever its header said
     */
    public Extraction extract(byte[] body, String contentType, String url, Instant fetchedAt) {
        return extract(sniffer.parse(body, contentType, url), fetchedAt);
    }

    /** Extracts a parsed page; the document is left unchanged. */
    public Extraction extract(Document page, Instant fetchedAt) {
        PageSurvey survey = PageSurvey.of(page);
        ThreadPosts thread = (isUsEnglish(page) ? usThreads : threads).read(page, survey, fetchedAt);
        // On a forum the posts are the content; block scoring would pick one post or a sidebar, so it is not done.
        Article article = mainText.extract(page, survey, fetchedAt, !thread.forum());
        String text = thread.forum() ? thread.joinedText() : article.text();
        String lang = languages.guess(page, text);
        Extraction extraction = new Extraction(page.location(), article.title(), lang, text, thread.posts(),
                article.author(), article.date());
        return pseudonymizer.apply(extraction);
    }

    // US sites print 3/09/15 for 9 March; everybody else, French sites first, puts the day first.
    private static boolean isUsEnglish(Document page) {
        Element html = page.selectFirst(Selectors.of("html"));
        return html != null && html.attr("lang").equalsIgnoreCase("en-US");
    }
}
