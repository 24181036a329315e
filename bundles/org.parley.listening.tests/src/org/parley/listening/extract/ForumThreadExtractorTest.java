package org.parley.listening.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class ForumThreadExtractorTest {

    private static final Instant FETCHED = Instant.parse("2026-11-25T12:00:00Z");
    private final ForumThreadExtractor extractor = new ForumThreadExtractor(new PostDateParser(ZoneId.of("Europe/Berlin")));

    private static Document page(String file, String url) {
        return Corpora.page(Corpora.trafilatura().resolve("pages").resolve(file), url);
    }

    @Test
    void splitsAXenForoThreadIntoItsPostsWithAuthorDateAndPermalink() {
        Document page = page("katzen-forum.net-Pepe.html",
                "https://www.katzen-forum.net/threads/jede-nacht-verliert-pepe-soviel-dreck-aus-dem-fell.230143/");

        List<Post> posts = extractor.extract(page, FETCHED);

        assertThat(extractor.engineOf(page)).isEqualTo("XenForo");
        assertThat(posts).hasSize(page.select("article.message--post").size());
        Post first = posts.get(0);
        assertThat(first.author()).isEqualTo("Pepemaus");
        assertThat(first.date()).isEqualTo(OffsetDateTime.parse("2018-09-27T14:51:09+02:00"));
        assertThat(first.text()).startsWith("Hallo,").contains("auf seiner beigefarbenen Fensterbankliege");
        assertThat(first.url()).isEqualTo(
                "https://www.katzen-forum.net/threads/jede-nacht-verliert-pepe-soviel-dreck-aus-dem-fell.230143/post-6331411");
        assertThat(posts).extracting(Post::author).contains("yellowkitty", "MoeC", "Lehmann");
    }

    @Test
    void leavesQuotesOfEarlierPostsOutOfAReply() {
        Document page = page("katzen-forum.net-Pepe.html", "https://www.katzen-forum.net/threads/pepe.230143/");
        List<String> quoted = page.select("article.message--post blockquote .bbCodeBlock-content").eachText();

        List<Post> posts = extractor.extract(page, FETCHED);

        assertThat(quoted).isNotEmpty();
        for (String quote : quoted) {
            String beginning = quote.substring(0, Math.min(40, quote.length()));
            assertThat(posts.stream().filter(p -> p.text().contains(beginning)).count())
                    .as("posts containing the quoted words '%s'", beginning).isLessThanOrEqualTo(1);
        }
    }

    @Test
    void readsAPhpBbPostWithItsGermanDate() {
        Document page = page("foren.myoos.de.html", "https://foren.myoos.de/viewtopic.php?f=4&t=167");

        List<Post> posts = extractor.extract(page, FETCHED);

        assertThat(extractor.engineOf(page)).isEqualTo("phpBB");
        assertThat(posts).singleElement().satisfies(post -> {
            assertThat(post.author()).isEqualTo("r23");
            assertThat(post.date()).isEqualTo(OffsetDateTime.parse("2009-01-21T05:42+01:00"));
            assertThat(post.text()).contains("Freie Software ist Software, die ohne Ansicht der Person")
                    .doesNotContain("Mit Zitat antworten").doesNotContain("Registriert");
            assertThat(post.url()).endsWith("#p453");
        });
    }

    @Test
    void readsAForumotionThreadWithThePhpBbLikeMarkup() {
        Document page = page("wolfsrebellen-netz.forumieren.com.regeln.html",
                "https://wolfsrebellen-netz.forumieren.com/t7-forums-regeln");

        List<Post> posts = extractor.extract(page, FETCHED);

        assertThat(posts).hasSize(3).allSatisfy(post -> {
            assertThat(post.author()).isEqualTo("lupa");
            assertThat(post.date()).isNotNull();
        });
        assertThat(posts.get(0).text()).contains("Wir pflegen hier ein sehr freundschaftliches")
                .doesNotContain("Profil ausklappen");
        assertThat(posts.get(0).url()).isEqualTo("https://wolfsrebellen-netz.forumieren.com/t7-forums-regeln#p7");
    }

    @Test
    void readsWordPressCommentsAsPostsWithTheirOwnTextOnly() {
        Document page = page("0a962f6bcd5649f7a7e6effa338df80d.html",
                "https://neunzehn72.de/imac-5k-lightroom-performance-geloest-danke-an-die-community/");

        List<Post> posts = extractor.extract(page, FETCHED);

        assertThat(extractor.engineOf(page)).isEqualTo("WordPress comments");
        assertThat(posts).hasSize(page.select("li.comment").size());
        assertThat(posts.get(0).author()).isEqualTo("Tobsen");
        assertThat(posts.get(0).date()).isEqualTo(OffsetDateTime.parse("2019-04-19T00:00+02:00"));
        assertThat(posts).extracting(Post::text).anyMatch(t -> t.contains("Gruss aus der Schweiz"))
                .noneMatch(t -> t.contains("Tobsen"));
        assertThat(posts).extracting(Post::url).allMatch(u -> u.contains("#li-comment-") || u.contains("#comment-"));
    }

    @Test
    void findsTheRepeatedPostsOfAnUnknownForumSoftware() {
        Document page = page("d43f330cbaf74e92b9aec85e937cb904.html",
                "https://www.mactechnews.de/forum/discussion/kein-App-Store-mehr-ueber-Mobile-Daten-mit-iOS-13--338679.html");

        List<Post> posts = extractor.extract(page, FETCHED);

        assertThat(extractor.engineOf(page)).isEqualTo("generic");
        assertThat(posts.size()).isGreaterThanOrEqualTo(page.select("div.MtnComment").size());
        Post reply = posts.stream().filter(p -> "th3Chris".equals(p.author())).findFirst().orElseThrow();
        assertThat(reply.date()).isEqualTo(OffsetDateTime.parse("2019-09-28T13:39+02:00"));
        assertThat(reply.text()).isEqualTo(
                "Ich kann mit 13.1.1 untr mobilen Daten auf den App Store zugreifen und diesen durchsuchen.");
    }

    @Test
    void findsTheCommentsOfAnUnknownBlogPlatformByTheirRepeatedShape() {
        Document page = Corpora.page(Corpora.readability().resolve("lifehacker-post-comment-load/source.html"),
                "http://lifehacker.com/how-to-program-your-mind-to-stop-buying-crap-you-don-1690268064");

        List<Post> posts = extractor.extract(page, FETCHED);

        assertThat(posts).hasSizeGreaterThanOrEqualTo(page.select("div.branch").size());
        assertThat(posts.get(0).author()).isEqualTo("jnovo22");
        assertThat(posts.get(0).text()).startsWith("This is one of my hardest habits to break.")
                .doesNotContain("Profile").doesNotContain("8:12am");
        assertThat(posts.get(0).url()).endsWith("#reply_1690284499");
    }

    @Test
    void doesNotTakeRelatedArticleCardsForPosts() {
        assertThat(extractor.read(page("bondyblog.fr.paris-8.html", "https://www.bondyblog.fr/x/"), FETCHED).engine())
                .isEqualTo("none");
        assertThat(extractor.read(page("faz.net.streaming.html", "https://www.faz.net/x.html"), FETCHED).engine())
                .isEqualTo("none");
    }

    @Test
    void readsTheCommentsUnderAFrenchArticleWithTheirDates() {
        Document page = page("regards.fr.enquetes.html", "http://www.regards.fr/politique/article/x");

        List<Post> posts = extractor.extract(page, FETCHED);

        assertThat(posts).hasSize(page.select("li.comment").size());
        assertThat(posts.get(0).author()).isEqualTo("gabriel sempéré");
        assertThat(posts.get(0).text()).isEqualTo("très bien vos infos.");
        assertThat(posts.get(0).date()).isEqualTo(OffsetDateTime.parse("2018-09-11T10:57:27Z"));
        assertThat(posts).allSatisfy(p -> assertThat(p.date()).isNotNull());
    }

    @Test
    void leavesPingbacksOutOfTheComments() {
        Document page = page("de.creativecommons.org.endlich.html", "https://de.creativecommons.org/index.php/x/");

        List<Post> posts = extractor.extract(page, FETCHED);

        assertThat(page.select("li.pingback")).isNotEmpty();
        assertThat(posts).isNotEmpty().noneMatch(p -> p.text().startsWith("Pingback"))
                .allSatisfy(p -> assertThat(p.author()).isNotNull());
    }

    @Test
    void findsNoPostsOnANewsArticleWithoutComments() {
        Document page = Corpora.page(Corpora.readability().resolve("lemonde-1/source.html"), "https://www.lemonde.fr/x");

        assertThat(extractor.extract(page, FETCHED)).isEmpty();
    }
}
