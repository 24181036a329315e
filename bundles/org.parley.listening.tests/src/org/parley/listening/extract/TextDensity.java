package org.parley.listening.extract;

/** Commas counted in a block's text the plain way, for checking what {@link TextMeasure} counts in one walk. */
final class TextDensity {

    private TextDensity() {
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
