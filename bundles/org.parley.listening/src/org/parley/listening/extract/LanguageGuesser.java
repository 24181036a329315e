package org.parley.listening.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Guesses a page's language: the {@code lang} attribute when the page declares one, else a
 * count of the most frequent French and English function words in its text. Good enough to
 * route a mention; the analyse stage may refine it.
 */
public final class LanguageGuesser {

    /** The code used when neither a declaration nor the stopwords say French or English. */
    public static final String OTHER = "other";

    private static final Set<String> FRENCH = Set.of("le", "la", "les", "des", "est", "et", "une", "du", "dans",
            "pour", "qui", "que", "pas", "sur", "au", "avec", "ce", "sont", "mais", "nous", "vous", "je", "il",
            "elle", "ne", "plus", "aux", "été", "cette", "ou");
    private static final Set<String> ENGLISH = Set.of("the", "and", "is", "of", "to", "in", "that", "it", "for",
            "was", "with", "on", "are", "this", "be", "have", "not", "you", "but", "they", "at", "from", "by",
            "we", "an", "or", "which", "has", "were", "would");
    private static final Pattern WORD_SPLIT = Pattern.compile("[^\\p{L}']+");
    private static final int MIN_HITS = 5;

    /** The language of a parsed page and its extracted main text. */
    public String guess(Document page, String text) {
        Element html = page.selectFirst(Selectors.of("html[lang]"));
        String declared = html == null ? "" : html.attr("lang").trim();
        if (declared.isEmpty()) {
            Element meta = page.selectFirst(Selectors.of("meta[http-equiv=content-language], meta[property=og:locale]"));
            declared = meta == null ? "" : meta.attr("content").trim();
        }
        if (!declared.isEmpty()) {
            return declared.split("[-_,;\\s]")[0].toLowerCase(Locale.ROOT);
        }
        return guess(text);
    }

    /** The language of a plain text: {@code fr}, {@code en} or {@link #OTHER}. */
    public String guess(String text) {
        if (text == null) {
            return OTHER;
        }
        int french = 0;
        int english = 0;
        for (String word : WORD_SPLIT.split(text.toLowerCase(Locale.ROOT))) {
            String bare = word.startsWith("l'") || word.startsWith("d'") ? word.substring(2) : word;
            if (FRENCH.contains(bare)) {
                french++;
            }
            if (ENGLISH.contains(bare)) {
                english++;
            }
        }
        if (Math.max(french, english) < MIN_HITS) {
            return OTHER;
        }
        return french > english ? "fr" : "en";
    }
}
