package org.parley.listening.extract;

import org.jsoup.nodes.Element;

/** Measures of how much of a block is prose rather than links or lists. */
final class TextDensity {

    private TextDensity() {
    }

    /** Share of the text inside links; in-page anchors count less as they are usually footnotes. */
    static double linkDensity(Element e) {
        int length = e.text().length();
        if (length == 0) {
            return 0;
        }
        double linkLength = 0;
        for (Element a : e.getElementsByTag("a")) {
            String href = a.attr("href");
            double coefficient = href.startsWith("#") && href.length() > 1 ? 0.3 : 1;
            linkLength += a.text().length() * coefficient;
        }
        return linkLength / length;
    }

    /** Commas, Latin or CJK, a cheap sign of sentences. */
    static int commas(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '\uff0c' || c == '\u3001' || c == '\u060c') {
                count++;
            }
        }
        return count;
    }
}
