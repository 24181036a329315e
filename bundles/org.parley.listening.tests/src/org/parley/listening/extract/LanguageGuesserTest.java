package org.parley.listening.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parley.listening.analyse.LanguageIdentifier;

class LanguageGuesserTest {

    private final LanguageGuesser guesser = new LanguageGuesser();

    @Test
    void takesTheLanguageThePageDeclares() {
        assertThat(guesser.guess(Corpora.parseText("<html lang=\"fr-FR\"><body>The cat</body></html>"), "The cat"))
                .isEqualTo("fr");
    }

    @Test
    void recognisesFrenchTextOfAPageThatDeclaresNothing() {
        assertThat(guesser.guess(Corpora.parseText("<p>x</p>"),
                "Le texte sera désormais examiné par le Sénat, puis par le Conseil constitutionnel, et il est attendu."))
                .isEqualTo("fr");
    }

    @Test
    void recognisesEnglishText() {
        assertThat(guesser.guess("The bill was approved by the Assembly and it is now with the Senate, which has a month."))
                .isEqualTo("en");
    }

    @Test
    void namesGermanAsGermanRatherThanFrenchOrEnglish() {
        assertThat(guesser.guess("Pepe schläft nachts mit mir im Schlafzimmer auf seiner beigefarbenen Fensterbankliege."))
                .isEqualTo("de");
    }

    @Test
    void callsUndeterminedATextWithoutWords() {
        assertThat(guesser.guess(Corpora.parseText("<p>42</p>"), "42 😀")).isEqualTo(LanguageIdentifier.UNDETERMINED);
    }
}
