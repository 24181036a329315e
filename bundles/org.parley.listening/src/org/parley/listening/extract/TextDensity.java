package org.parley.listening.extract;

/** Cheap signs of prose in a block's text; {@link TextMeasure} has the lengths and link densities. */
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
