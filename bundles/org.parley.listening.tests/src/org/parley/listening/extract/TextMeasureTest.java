package org.parley.listening.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class TextMeasureTest {

    private final Document page = Corpora.page(Corpora.readability().resolve("guardian-1/source.html"),
            "http://fakehost/test/page.html");

    @Test
    void staysWithinAThirdAndThreeTimesOfWhatTextCountsOnEveryBlockOfARealPage() {
        TextMeasure measure = new TextMeasure(page.body());

        for (Element e : page.body().getAllElements()) {
            int exact = e.text().length();
            int measured = measure.textLength(e);
            assertThat(measured).as(e.cssSelector()).isBetween(exact / 3, 3 * exact + 2);
            assertThat(measure.commas(e)).as(e.cssSelector()).isEqualTo(TextDensity.commas(e.text()));
        }
    }

    @Test
    void countsNoMoreVisibleCharactersThanTextHasOnEveryBlockOfRealPages() {
        for (String name : List.of("guardian-1", "lemonde-1", "lwn-1", "aktualne")) {
            Document other = Corpora.page(Corpora.readability().resolve(name + "/source.html"),
                    "http://fakehost/test/page.html");
            TextMeasure measure = new TextMeasure(other.body());
            for (Element e : other.body().getAllElements()) {
                String text = e.text();
                long visible = text.chars().filter(c -> c > ' ' && c != '\u00a0' && c != '\u200b' && c != '\u00ad')
                        .count();
                assertThat(measure.visibleChars(e)).as(name + " " + e.cssSelector()).isLessThanOrEqualTo(text.length())
                        .isEqualTo(visible);
            }
        }
    }

    @Test
    void countsTheVisibleCharactersOfTextWithSpacesControlsAndInvisibleOnes() {
        Element block = Corpora.parseText("<div> a\u00a0b <span>\u200bc\u00add</span>\u0001 é, <pre>  x  </pre></div>")
                .selectFirst("div");

        TextMeasure measure = new TextMeasure(block);

        assertThat(measure.visibleChars(block)).isEqualTo(7).isLessThanOrEqualTo(block.text().length());
    }

    @Test
    void keepsAncestorsUpToDateWhenBlocksAreRemoved() {
        TextMeasure measure = new TextMeasure(page.body());
        List<Element> lists = page.body().select("ul, ol");

        lists.reversed().forEach(measure::remove);

        TextMeasure fresh = new TextMeasure(page.body());
        for (Element e : page.body().getAllElements()) {
            assertThat(measure.textLength(e)).as(e.cssSelector()).isEqualTo(fresh.textLength(e));
            assertThat(Math.abs(measure.linkDensity(e) - fresh.linkDensity(e))).as(e.cssSelector()).isLessThan(1e-9);
        }
        assertThat(lists).isNotEmpty();
    }

    @Test
    void countsAnInPageAnchorAtAThirdOfALink() {
        Element block = Corpora.parseText("<div><a href='#note-1'>aaaaaaaaaa</a><a href='/x'>bbbbbbbbbb</a>"
                + "cccccccccccccccccccc</div>").selectFirst("div");

        TextMeasure measure = new TextMeasure(block);

        assertThat(measure.textLength(block)).isEqualTo(40);
        assertThat(Math.abs(measure.linkDensity(block) - (10 * 0.3 + 10) / 40)).isLessThan(1e-9);
    }
}
