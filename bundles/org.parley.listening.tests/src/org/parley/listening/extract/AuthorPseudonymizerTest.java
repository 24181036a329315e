package org.parley.listening.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class AuthorPseudonymizerTest {

    private static final byte[] PROJECT_A = "project-a-secret-0123456789".getBytes(StandardCharsets.UTF_8);
    private static final byte[] PROJECT_B = "project-b-secret-0123456789".getBytes(StandardCharsets.UTF_8);

    @Test
    void givesAShortPseudonymOfEightHexDigits() {
        assertThat(AuthorPseudonymizer.withSecret(PROJECT_A).pseudonymize("Pepemaus")).matches("author-[0-9a-f]{8}");
    }

    @Test
    void givesTheSameAuthorTheSamePseudonymAcrossSpellingsOfCaseAndSpace() {
        AuthorPseudonymizer pseudonymizer = AuthorPseudonymizer.withSecret(PROJECT_A);

        assertThat(pseudonymizer.pseudonymize(" pepemaus ")).isEqualTo(pseudonymizer.pseudonymize("Pepemaus"));
        assertThat(AuthorPseudonymizer.withSecret(PROJECT_A.clone()).pseudonymize("Pepemaus"))
                .isEqualTo(pseudonymizer.pseudonymize("Pepemaus"));
    }

    @Test
    void givesDifferentAuthorsDifferentPseudonyms() {
        AuthorPseudonymizer pseudonymizer = AuthorPseudonymizer.withSecret(PROJECT_A);

        assertThat(pseudonymizer.pseudonymize("yellowkitty")).isNotEqualTo(pseudonymizer.pseudonymize("Pepemaus"));
    }

    @Test
    void givesAnotherProjectOtherPseudonyms() {
        assertThat(AuthorPseudonymizer.withSecret(PROJECT_B).pseudonymize("Pepemaus"))
                .isNotEqualTo(AuthorPseudonymizer.withSecret(PROJECT_A).pseudonymize("Pepemaus"));
    }

    @Test
    void leavesNamesAloneWhenSwitchedOff() {
        AuthorPseudonymizer off = AuthorPseudonymizer.off();

        assertThat(off.isOn()).isFalse();
        assertThat(off.pseudonymize("Pepemaus")).isEqualTo("Pepemaus");
    }

    @Test
    void pseudonymizesEveryPostOfAnExtractionButNotItsText() {
        Extraction extraction = new Extraction("https://example.org/t/1", "T", "fr", "Pepemaus a écrit",
                List.of(new Post("Pepemaus", null, "Bonjour", "https://example.org/t/1#p1")));

        Extraction pseudonymized = AuthorPseudonymizer.withSecret(PROJECT_A).apply(extraction);

        assertThat(pseudonymized.posts().get(0).author()).startsWith("author-");
        assertThat(pseudonymized.text()).isEqualTo("Pepemaus a écrit");
    }

    @Test
    void pseudonymizesAnArticlesAuthorLikeAPostsAuthor() {
        Extraction extraction = new Extraction("https://example.org/a", "T", "fr", "Texte",
                List.of(new Post("Pepemaus", null, "Bonjour", "https://example.org/a#c1")), "Pepemaus", null);

        Extraction pseudonymized = AuthorPseudonymizer.withSecret(PROJECT_A).apply(extraction);

        assertThat(pseudonymized.author()).startsWith("author-").isEqualTo(pseudonymized.posts().get(0).author());
    }

    @Test
    void refusesASecretTooShortToBeOne() {
        assertThatThrownBy(() -> AuthorPseudonymizer.withSecret(new byte[4]))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
