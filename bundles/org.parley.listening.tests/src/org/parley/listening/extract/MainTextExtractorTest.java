package org.parley.listening.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class MainTextExtractorTest {

    private final MainTextExtractor extractor = new MainTextExtractor(new PostDateParser(ZoneId.of("Europe/Paris")));

    private Article article(String readabilityPage) {
        Path source = Corpora.readability().resolve(readabilityPage).resolve("source.html");
        return extractor.extract(Corpora.page(source, "http://fakehost/test/page.html"), Instant.now());
    }

    @Test
    void takesTheTitleAndAuthorOfANewsArticleFromItsMetadata() {
        Article article = article("lemonde-1");

        assertThat(article.title()).isEqualTo("Le projet de loi sur le renseignement massivement approuvé à l'Assemblée");
        assertThat(article.author()).contains("Martin Untersinger");
    }

    @Test
    void takesThePublicationDateFromTheArticleMetadata() {
        assertThat(article("guardian-1").date()).isEqualTo(OffsetDateTime.parse("2019-01-03T07:00:02Z"));
    }

    @Test
    void keepsTheArticleAndLeavesOutNavigationAndComments() {
        Article article = article("lemonde-1");

        assertThat(article.text()).contains("adopté à une large majorité")
                .doesNotContain("Suivez-nous").doesNotContain("Abonnez-vous");
    }

    @Test
    void keepsTheMainTextOfABlogPostButNotItsCommentSection() {
        Path page = Corpora.trafilatura().resolve("pages/blog.wordpress.com.diverse.html");

        String text = extractor.mainText(Corpora.page(page, "https://en.blog.wordpress.com/2019/06/19/x/"));

        assertThat(text).contains("which makes WordPress better for more people.")
                .doesNotContain("Are there workshops available").doesNotContain("Missing out on the latest");
    }

    @Test
    void leavesTheParsedPageUnchanged() {
        Document page = Corpora.page(Corpora.readability().resolve("bbc-1/source.html"), "http://fakehost/");
        String before = page.outerHtml();

        extractor.mainText(page);

        assertThat(page.outerHtml()).isEqualTo(before);
    }
}
