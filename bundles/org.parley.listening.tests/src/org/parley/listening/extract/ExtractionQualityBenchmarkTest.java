package org.parley.listening.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ExtractionQualityBenchmarkTest {

    private final ExtractionQualityBenchmark benchmark = new ExtractionQualityBenchmark();

    @Test
    void mainTextOfReadabilityPagesMatchesTheirExpectedTextClosely() throws Exception {
        List<ExtractionQualityBenchmark.TokenScore> scores = benchmark.readability(Corpora.readability(),
                List.of("lemonde-1", "wordpress", "guardian-1", "bbc-1", "medium-1", "lwn-1"));
        scores.forEach(s -> System.out.println(s + " F1=" + s.f1()));
        assertThat(ExtractionQualityBenchmark.meanF1(scores)).isGreaterThan(0.85);
        assertThat(scores).allSatisfy(s -> assertThat(s.f1()).isGreaterThan(0.6));
    }

    @Test
    void snippetBenchmarkFindsWhatTrafilaturaPagesMustHaveAndAvoidsTheRest() throws Exception {
        List<ExtractionQualityBenchmark.SnippetScore> scores = benchmark.trafilatura(Corpora.trafilatura(),
                List.of("bondyblog", "regards.fr", "gala.fr", "foren.myoos", "katzen-forum", "nytimes", "netzpolitik"));
        scores.forEach(System.out::println);
        assertThat(scores).hasSize(7);
        assertThat(ExtractionQualityBenchmark.snippetF1(scores)).isGreaterThan(0.8);
    }

    @Test
    void meetsTheQualityGoalsOverWholeCorpora() throws Exception {
        List<ExtractionQualityBenchmark.TokenScore> tokens = benchmark.readability(Corpora.readability(), List.of());
        List<ExtractionQualityBenchmark.SnippetScore> snippets = benchmark.trafilatura(Corpora.trafilatura(), List.of());

        assertThat(tokens).hasSizeGreaterThan(30);
        assertThat(snippets).hasSizeGreaterThan(80);
        assertThat(ExtractionQualityBenchmark.meanF1(tokens)).isGreaterThanOrEqualTo(0.90);
        assertThat(ExtractionQualityBenchmark.snippetF1(snippets)).isGreaterThanOrEqualTo(0.90);
    }
}
