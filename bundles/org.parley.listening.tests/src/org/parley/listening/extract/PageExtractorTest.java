package org.parley.listening.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class PageExtractorTest {

    private static final Instant FETCHED = Instant.parse("2026-11-25T12:00:00Z");
    private final PageExtractor extractor = new PageExtractor(ZoneId.of("Europe/Paris"), AuthorPseudonymizer.off());

    @Test
    void takesAForumThreadsTextFromItsPostsRatherThanFromTheSidebar() {
        byte[] page = Corpora.bytes(Corpora.trafilatura().resolve("pages/wolfsrebellen-netz.forumieren.com.regeln.html"));

        Extraction extraction = extractor.extract(page, "text/html", "https://wolfsrebellen-netz.forumieren.com/t7-forums-regeln",
                FETCHED);

        assertThat(extraction.text()).startsWith(extraction.posts().get(0).text())
                .contains("Wir pflegen hier ein sehr freundschaftliches").doesNotContain("Neueste Themen");
    }

    @Test
    void readsAnArticlesAuthorAndPublicationDateFromItsMetadata() {
        byte[] page = Corpora.bytes(Corpora.readability().resolve("ars-1/source.html"));

        Extraction extraction = extractor.extract(page, "text/html", "http://fakehost/test/page.html", FETCHED);

        assertThat(extraction.author()).isEqualTo("Dan Goodin");
        assertThat(extraction.date()).isEqualTo(OffsetDateTime.parse("2015-04-16T20:02:01Z"));
    }

    @Test
    void leavesAuthorAndDateUnknownOnAPageThatDeclaresNeither() {
        Extraction extraction = extractor.extract("<html><body><p>Nothing about who or when.</p></body></html>"
                .getBytes(StandardCharsets.UTF_8), "text/html", "https://example.org/", FETCHED);

        assertThat(extraction.author()).isNull();
        assertThat(extraction.date()).isNull();
    }

    @Test
    void keepsAnArticlesTextApartFromItsComments() {
        byte[] page = Corpora.bytes(Corpora.trafilatura().resolve("pages/0a962f6bcd5649f7a7e6effa338df80d.html"));

        Extraction extraction = extractor.extract(page, "text/html",
                "https://neunzehn72.de/imac-5k-lightroom-performance-geloest-danke-an-die-community/", FETCHED);

        assertThat(extraction.text()).contains("Jetzt rennt der iMac Pro wie Hulle").doesNotContain("Gruss aus der Schweiz");
        assertThat(extraction.posts()).anyMatch(p -> p.text().contains("Gruss aus der Schweiz"));
        assertThat(extraction.lang()).isEqualTo("de");
    }

    @Test
    void readsNumericDatesMonthFirstOnUsEnglishPages() {
        byte[] page = Corpora.bytes(Corpora.readability().resolve("lifehacker-post-comment-load/source.html"));

        Extraction extraction = extractor.extract(page, null, "http://lifehacker.com/x", FETCHED);

        // The page prints "3/09/15 8:12am" for 9 March 2015.
        assertThat(extraction.posts().get(0).date()).isEqualTo(OffsetDateTime.parse("2015-03-09T08:12+01:00"));
    }

    @Test
    void pseudonymizesThePostAuthorsWhenTheProjectAsksForIt() {
        PageExtractor pseudonymizing = new PageExtractor(ZoneId.of("Europe/Berlin"),
                AuthorPseudonymizer.withSecret("a-project-secret-of-some-length".getBytes(StandardCharsets.UTF_8)));
        byte[] page = Corpora.bytes(Corpora.trafilatura().resolve("pages/katzen-forum.net-Pepe.html"));

        Extraction extraction = pseudonymizing.extract(page, "text/html", "https://www.katzen-forum.net/t/1", FETCHED);

        assertThat(extraction.posts()).allSatisfy(p -> assertThat(p.author()).matches("author-[0-9a-f]{8}"));
        assertThat(extraction.toJson()).doesNotContain("\"Pepemaus\"");
    }

    @Test
    void refusesABinaryBodyWhateverItsHeaderSays() {
        byte[] pdf = "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> extractor.extract(pdf, "text/html", "https://example.org/doc", FETCHED))
                .isInstanceOf(NotHtmlException.class).hasMessageContaining("application/pdf");
    }
}
