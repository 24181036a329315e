package org.parley.listening.extract;

import java.util.Locale;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.parley.listening.analyse.LanguageIdentifier;
import org.parley.listening.lang.NgramLanguageIdentifier;

/**
 * Guesses a page's language: the {@code lang} attribute when the page declares one, else what
 * {@link NgramLanguageIdentifier} reads in its text.
 */
public final class LanguageGuesser {

    private final LanguageIdentifier identifier = NgramLanguageIdentifier.shipped();

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

    /**
     * The language of a plain text: an ISO 639-1 code such as {@code fr}, or
     * {@link LanguageIdentifier#UNDETERMINED} when the text says too little.
     */
    public String guess(String text) {
        return identifier.identify(text);
    }
}
