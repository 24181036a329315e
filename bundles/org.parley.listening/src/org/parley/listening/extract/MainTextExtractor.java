package org.parley.listening.extract;

import java.time.Instant;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Extracts the article of a blog or news page: title, author and date from the page's metadata,
 * and the main text found by scoring blocks ({@link BlockScorer}) then cleaning the winner
 * ({@link ArticleCleaner}). When the strict pass yields too little text (pages whose content
 * sits in blocks named like boilerplate), it retries with fewer heuristics, as Readability does.
 */
public final class MainTextExtractor {

    private static final int ENOUGH_TEXT = 500;
    private static final List<Pass> PASSES = List.of(new Pass(true, true, true), new Pass(false, true, true),
            new Pass(false, false, true), new Pass(false, false, false));

    /**
     * The heuristics one pass applies.
     *
     * @param stripUnlikely drop blocks named like boilerplate before scoring
     * @param weightClasses let class names and ids add to or take from a block's score
     * @param conditional   clean lists, tables and divs that look like boilerplate out of the article
     */
    record Pass(boolean stripUnlikely, boolean weightClasses, boolean conditional) {
    }

    private final MetadataReader metadataReader = new MetadataReader();
    private final PostDateParser dates;

    /** An extractor reading publication dates with the given parser. */
    public MainTextExtractor(PostDateParser dates) {
        this.dates = dates;
    }

    /**
     * The article of a page; the page itself is left unchanged.
     *
     * @param reference the instant relative dates count from
     */
    public Article extract(Document page, Instant reference) {
        return extract(page, PageSurvey.of(page), reference, true);
    }

    /**
     * The article of a page, its metadata from what a walk over the page found.
     *
     * @param withText false when only title, author and date are wanted: the text is then empty
     */
    Article extract(Document page, PageSurvey survey, Instant reference, boolean withText) {
        PageMetadata metadata = metadataReader.read(page, survey.metadata());
        var date = metadata.published() == null ? null : dates.parse(metadata.published(), reference).orElse(null);
        return new Article(metadata.title(), metadata.author(), date, withText ? mainText(page) : "");
    }

    /** The main text of a page, one paragraph per line; the page itself is left unchanged. */
    public String mainText(Document page) {
        String best = "";
        Element original = page.body();
        if (original == null) {
            return "";
        }
        Pass last = null;
        HeuristicsUsed used = null;
        ContentHints hints = new ContentHints();
        for (Pass pass : PASSES) {
            if (used != null && used.repeats(last, pass)) {
                continue;
            }
            last = pass;
            used = new HeuristicsUsed();
            // The scorer takes blocks apart: it works on a copy of the body, the head is of no use to it.
            Element body = original.clone();
            BlockScorer scorer = new BlockScorer(pass, used, hints);
            Element article = scorer.grab(body);
            new ArticleCleaner(scorer, pass, used).clean(article);
            String text = TextRenderer.text(article);
            if (text.length() >= ENOUGH_TEXT) {
                return text;
            }
            if (text.length() > best.length()) {
                best = text;
            }
        }
        return best;
    }
}
