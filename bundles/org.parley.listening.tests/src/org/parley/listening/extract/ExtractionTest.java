package org.parley.listening.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

class ExtractionTest {

    @Test
    void writesAllFieldsAsOneJsonObject() {
        Extraction extraction = new Extraction("https://example.org/t/1", "Titre", "fr", "Premier\nSecond",
                List.of(new Post("Ana", OffsetDateTime.parse("2024-03-12T14:32+01:00"), "Oui", "https://example.org/t/1#p2")));

        assertThat(extraction.toJson()).isEqualTo("{\"url\":\"https://example.org/t/1\",\"title\":\"Titre\","
                + "\"author\":null,\"date\":null,\"lang\":\"fr\",\"text\":\"Premier\\nSecond\",\"posts\":[{\"author\":\"Ana\","
                + "\"date\":\"2024-03-12T14:32:00+01:00\",\"text\":\"Oui\",\"url\":\"https://example.org/t/1#p2\"}]}");
    }

    @Test
    void writesAnArticlesAuthorAndDateAtTheTop() {
        Extraction extraction = new Extraction("u", "T", "en", "x", List.of(), "Dan Goodin",
                OffsetDateTime.parse("2015-04-16T20:02:01Z"));

        assertThat(extraction.toJson()).isEqualTo("{\"url\":\"u\",\"title\":\"T\",\"author\":\"Dan Goodin\","
                + "\"date\":\"2015-04-16T20:02:01Z\",\"lang\":\"en\",\"text\":\"x\",\"posts\":[]}");
    }

    @Test
    void escapesQuotesBackslashesAndControlCharactersAndWritesMissingValuesAsNull() {
        Extraction extraction = new Extraction("u", null, "en", "say \"hi\" \\ tab\there \u0001 \u2028",
                List.of(new Post(null, null, "x", "u")));

        assertThat(extraction.toJson()).isEqualTo("{\"url\":\"u\",\"title\":null,\"author\":null,\"date\":null,\"lang\":\"en\","
                + "\"text\":\"say \\\"hi\\\" \\\\ tab\\there \\u0001 \\u2028\","
                + "\"posts\":[{\"author\":null,\"date\":null,\"text\":\"x\",\"url\":\"u\"}]}");
    }

    @Test
    void writesARealThreadWithEveryPostAndItsAuthor() {
        byte[] page = Corpora.bytes(Corpora.trafilatura().resolve("pages/katzen-forum.net-Pepe.html"));
        Extraction extraction = new PageExtractor(ZoneId.of("Europe/Berlin"), AuthorPseudonymizer.off()).extract(page,
                "text/html; charset=utf-8", "https://www.katzen-forum.net/threads/pepe.230143/", Instant.now());

        String json = extraction.toJson();

        assertThat(json).startsWith("{\"url\":\"https://www.katzen-forum.net/threads/pepe.230143/\",\"title\":")
                .contains("\"lang\":\"de\"").contains("{\"author\":\"yellowkitty\",\"date\":\"2018-09-27T15:11:51+02:00\"")
                .endsWith("}]}");
        assertThat(json.split("\\{\"author\":", -1)).hasSize(extraction.posts().size() + 1);
    }
}
