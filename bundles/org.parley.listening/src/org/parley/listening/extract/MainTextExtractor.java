package org.parley.listening.extract;

import java.time.Instant;

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
    private static final boolean[][] PASSES = {
        // strip unlikely blocks, weight class names, clean conditionally
        {true, true, true}, {false, true, true}, {false, false, true}, {false, false, false},
    };

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
        PageMetadata metadata = metadataReader.read(page);
        var date = metadata.published() == null ? null : dates.parse(metadata.published(), reference).orElse(null);
        return new Article(metadata.title(), metadata.author(), date, mainText(page));
    }

    /** The main text of a page, one paragraph per line; the page itself is left unchanged. */
    public String mainText(Document page) {
        String best = "";
        Element original = page.body();
        if (original == null) {
            return "";
        }
        for (boolean[] pass : PASSES) {
            // The scorer takes blocks apart: it works on a copy of the body, the head is of no use to it.
            Element body = original.clone();
            BlockScorer scorer = new BlockScorer(pass[0], pass[1]);
            Element article = scorer.grab(body);
            new ArticleCleaner(scorer, pass[1], pass[2]).clean(article);
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
