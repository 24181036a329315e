package org.parley.listening.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class ContentSnifferTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final ContentSniffer sniffer = new ContentSniffer();

    // A real windows-1252 page from 2007 that declares iso-8859-1 in its meta tag only.
    private final Path legacyPage = Corpora.trafilatura().resolve("pages/archive.org-travaillent.html");
    private final Path utf8Page = Corpora.readability().resolve("lemonde-1/source.html");

    @Test
    void decodesLegacyBytesThatTheHeaderCallsUtf8() {
        Document page = sniffer.parse(Corpora.bytes(legacyPage), "text/html; charset=UTF-8", "https://example.org/");

        assertThat(page.text()).contains("350 000 emplois créés").doesNotContain("\ufffd");
    }

    @Test
    void readsTheMetaCharsetWhenTheHeaderHasNone() {
        assertThat(sniffer.sniff(Corpora.bytes(legacyPage), "text/html").charset()).isEqualTo(WINDOWS_1252);
    }

    @Test
    void decodesUtf8BytesThatTheHeaderCallsWindows1252() {
        Document page = sniffer.parse(Corpora.bytes(utf8Page), "text/html; charset=windows-1252",
                "https://www.lemonde.fr/");

        assertThat(page.title()).contains("massivement approuvé");
    }

    @Test
    void decodesUtf8PageReEncodedAsWindows1252AndDeclaredUtf8() {
        byte[] reEncoded = new String(Corpora.bytes(utf8Page), StandardCharsets.UTF_8).getBytes(WINDOWS_1252);

        Document page = sniffer.parse(reEncoded, "text/html; charset=utf-8", "https://www.lemonde.fr/");

        assertThat(page.title()).contains("massivement approuvé");
    }

    @Test
    void trustsThePagesLegacyCharsetWhenTheHeaderWronglySaysUtf8() {
        // The Czech page re-encoded as windows-1250, its meta tag saying so, the server saying UTF-8.
        String czech = new String(Corpora.bytes(Corpora.readability().resolve("aktualne/source.html")),
                StandardCharsets.UTF_8);
        Charset windows1250 = Charset.forName("windows-1250");
        byte[] legacy = czech.replaceFirst("(?i)<meta charset=\"?utf-8\"?\\s*/?>", "<meta charset=\"windows-1250\">")
                .getBytes(windows1250);

        assertThat(sniffer.sniff(legacy, "text/html; charset=utf-8").charset()).isEqualTo(windows1250);
        assertThat(sniffer.parse(legacy, "text/html; charset=utf-8", "https://zpravy.aktualne.cz/").title())
                .contains("West Ham hrozí gigantům");
    }

    @Test
    void doesNotCallJsonServedAsHtmlAPage() {
        byte[] json = "{\"posts\": [\"Très bien\"]}".getBytes(StandardCharsets.UTF_8);

        assertThat(sniffer.sniff(json, "text/html; charset=utf-8").html()).isFalse();
    }

    @Test
    void recognisesACompressedBodyServedAsHtml() throws IOException {
        ByteArrayOutputStream gzipped = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gzipped)) {
            out.write(Corpora.bytes(utf8Page));
        }

        SniffedContent sniffed = sniffer.sniff(gzipped.toByteArray(), "text/html; charset=utf-8");

        assertThat(sniffed.html()).isFalse();
        assertThat(sniffed.mediaType()).isEqualTo("application/gzip");
        assertThatThrownBy(() -> sniffer.parse(gzipped.toByteArray(), "text/html", "https://example.org/x"))
                .isInstanceOf(NotHtmlException.class).hasMessageContaining("https://example.org/x");
    }

    @Test
    void recognisesHtmlServedWithoutAnyContentType() {
        SniffedContent sniffed = sniffer.sniff(Corpora.bytes(utf8Page), null);

        assertThat(sniffed.html()).isTrue();
        assertThat(sniffed.charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void resolvesRelativeLinksAgainstTheBaseUrl() {
        Path thread = Corpora.trafilatura().resolve("pages/katzen-forum.net-Pepe.html");

        Document page = sniffer.parse(Corpora.bytes(thread), "text/html",
                "https://www.katzen-forum.net/threads/jede-nacht-verliert-pepe-soviel-dreck-aus-dem-fell.230143/");

        assertThat(page.selectFirst("a.username").absUrl("href"))
                .startsWith("https://www.katzen-forum.net/members/");
    }

    @Test
    void recognisesAPageThatOpensWithADoctypeOrHtmlTagWithoutMagic() {
        assertThat(ContentSniffer.startsAsHtml("\uFEFF\n  <!DOCTYPE html><html>".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(ContentSniffer.startsAsHtml("<HTML lang=fr>".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(ContentSniffer.startsAsHtml("%PDF-1.7 <html>".getBytes(StandardCharsets.US_ASCII))).isFalse();
        assertThat(ContentSniffer.startsAsHtml(new byte[0])).isFalse();
    }

    @Test
    void judgesUtf8AsAStrictDecoderDoesOnEveryCorpusPageAndOnMalformedBytes() throws IOException {
        java.util.List<byte[]> bodies = new java.util.ArrayList<>();
        try (java.util.stream.Stream<Path> pages = java.nio.file.Files.walk(Corpora.root().resolve("trafilatura/pages"))) {
            pages.filter(p -> p.toString().endsWith(".html")).forEach(p -> bodies.add(Corpora.bytes(p)));
        }
        for (String hex : new String[] {"c3a9", "c3", "c0af", "eda080", "f4908080", "e282ac", "f09f9880", "ff"}) {
            bodies.add(java.util.HexFormat.of().parseHex(hex));
        }

        for (byte[] body : bodies) {
            boolean strict;
            try {
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                        .decode(java.nio.ByteBuffer.wrap(body));
                strict = true;
            } catch (java.nio.charset.CharacterCodingException e) {
                strict = false;
            }
            assertThat(ContentSniffer.Utf8.of(body) != ContentSniffer.Utf8.INVALID).isEqualTo(strict);
        }
    }
}
