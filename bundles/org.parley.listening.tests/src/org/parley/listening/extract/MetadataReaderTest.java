package org.parley.listening.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class MetadataReaderTest {

    private final MetadataReader reader = new MetadataReader();

    private static Document readabilityPage(String name) {
        return Corpora.page(Corpora.readability().resolve(name).resolve("source.html"), "http://fakehost/");
    }

    @Test
    void readsTheAuthorFromJsonLdWithItsEscapedCharacters() {
        // The page writes "Ale\u0161 V\u00e1vra" in its JSON-LD and has no author meta tag.
        PageMetadata metadata = reader.read(readabilityPage("aktualne"));

        assertThat(metadata.author()).isEqualTo("Aleš Vávra");
        assertThat(metadata.published()).startsWith("2021-11-01T10:52:50");
    }

    @Test
    void dropsTheSiteNameFromTheTitle() {
        assertThat(reader.read(readabilityPage("bbc-1")).title())
                .isEqualTo("Obama admits US gun laws are his 'biggest frustration'");
    }

    @Test
    void findsTheTitlesReadabilityFindsOnMostPages() throws Exception {
        long same = 0;
        long pages = 0;
        try (Stream<Path> dirs = Files.list(Corpora.readability())) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                String expected = Files.readString(dir.resolve("expected-metadata.json"));
                String title = reader.read(readabilityPage(dir.getFileName().toString())).title();
                pages++;
                if (title != null && expected.contains("\"title\": \"" + title.replace("\"", "\\\"") + "\"")) {
                    same++;
                }
            }
        }
        assertThat(pages).isGreaterThan(30);
        assertThat((double) same / pages).isGreaterThan(0.7);
    }
}
