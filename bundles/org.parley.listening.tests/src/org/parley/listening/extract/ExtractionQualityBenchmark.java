package org.parley.listening.extract;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;

/**
 * Measures extraction quality on the shared corpora: token precision, recall and F1 of the main
 * text against Readability's expected output, and trafilatura's must-have / must-not-have
 * snippet benchmark. Run it as a program (optional argument: the corpora folder) to print
 * per-page and overall figures, e.g. after a build, from the repository root:
 * <pre>
 * M=~/.m2/repository
 * java -cp bundles/org.parley.listening/target/classes:bundles/org.parley.listening.tests/target/classes:\
 * $M/org/jsoup/jsoup/1.24.1/jsoup-1.24.1.jar:$M/org/apache/tika/tika-core/3.3.1/tika-core-3.3.1.jar:\
 * $M/commons-io/commons-io/2.22.0/commons-io-2.22.0.jar:$M/org/slf4j/slf4j-api/2.0.7/slf4j-api-2.0.7.jar \
 *   org.parley.listening.extract.ExtractionQualityBenchmark ../shared/corpora
 * </pre>
 */
public final class ExtractionQualityBenchmark {

    /** Token overlap of one page's extracted text with the expected text. */
    record TokenScore(String page, double precision, double recall) {
        double f1() {
            return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }
    }

    /** Snippets found and avoided on one page. */
    record SnippetScore(String page, int truePositives, int falseNegatives, int falsePositives, int trueNegatives) {
    }

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Instant FETCHED = Instant.parse("2026-11-25T12:00:00Z");

    private final PageExtractor extractor = new PageExtractor(ZoneId.of("Europe/Paris"), AuthorPseudonymizer.off());

    /** Scores the named Readability pages (all of them when the list is empty). */
    List<TokenScore> readability(Path corpus, List<String> pages) throws IOException {
        List<String> names = pages.isEmpty() ? folders(corpus) : pages;
        List<TokenScore> scores = new ArrayList<>();
        for (String name : names) {
            Path dir = corpus.resolve(name);
            String expected = Jsoup.parse(Files.readString(dir.resolve("expected.html"))).text();
            Extraction extraction = extractor.extract(Files.readAllBytes(dir.resolve("source.html")), "text/html",
                    "http://fakehost/test/page.html", FETCHED);
            scores.add(tokenScore(name, extraction.text(), expected));
        }
        return scores;
    }

    /** Scores the trafilatura pages whose file names contain one of the given parts (all when empty). */
    List<SnippetScore> trafilatura(Path corpus, List<String> fileParts) throws IOException {
        List<SnippetScore> scores = new ArrayList<>();
        String json = Files.readString(corpus.resolve("expectations.json"), StandardCharsets.UTF_8);
        for (SnippetExpectations.Page page : SnippetExpectations.parse(json)) {
            if (!fileParts.isEmpty() && fileParts.stream().noneMatch(page.file()::contains)) {
                continue;
            }
            Extraction extraction = extractor.extract(Files.readAllBytes(corpus.resolve(page.file())), null,
                    page.url(), FETCHED);
            String text = normalize(fullText(extraction));
            int tp = 0;
            int fn = 0;
            int fp = 0;
            int tn = 0;
            for (String with : page.with()) {
                if (text.contains(normalize(with))) {
                    tp++;
                } else {
                    fn++;
                }
            }
            for (String without : page.without()) {
                if (text.contains(normalize(without))) {
                    fp++;
                } else {
                    tn++;
                }
            }
            scores.add(new SnippetScore(page.file(), tp, fn, fp, tn));
        }
        return scores;
    }

    // Comments and forum posts belong to what a listening tool reads from a page.
    static String fullText(Extraction extraction) {
        StringBuilder all = new StringBuilder(extraction.text());
        for (Post post : extraction.posts()) {
            if (!extraction.text().contains(post.text())) {
                all.append('\n').append(post.text());
            }
        }
        return all.toString();
    }

    static TokenScore tokenScore(String page, String extracted, String expected) {
        Map<String, Integer> want = counts(expected);
        Map<String, Integer> got = counts(extracted);
        int common = 0;
        for (Map.Entry<String, Integer> e : got.entrySet()) {
            common += Math.min(e.getValue(), want.getOrDefault(e.getKey(), 0));
        }
        int gotTotal = got.values().stream().mapToInt(Integer::intValue).sum();
        int wantTotal = want.values().stream().mapToInt(Integer::intValue).sum();
        return new TokenScore(page, gotTotal == 0 ? 0 : (double) common / gotTotal,
                wantTotal == 0 ? 0 : (double) common / wantTotal);
    }

    static double meanF1(List<TokenScore> scores) {
        return scores.stream().mapToDouble(TokenScore::f1).average().orElse(0);
    }

    static double snippetF1(List<SnippetScore> scores) {
        int tp = scores.stream().mapToInt(SnippetScore::truePositives).sum();
        int fn = scores.stream().mapToInt(SnippetScore::falseNegatives).sum();
        int fp = scores.stream().mapToInt(SnippetScore::falsePositives).sum();
        double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    private static Map<String, Integer> counts(String text) {
        Map<String, Integer> counts = new HashMap<>();
        for (String token : NON_WORD.split(text.toLowerCase(Locale.ROOT))) {
            if (!token.isEmpty()) {
                counts.merge(token, 1, Integer::sum);
            }
        }
        return counts;
    }

    private static String normalize(String text) {
        return text.replaceAll("[\\s\\u00a0]+", " ").strip();
    }

    private static List<String> folders(Path corpus) throws IOException {
        try (Stream<Path> children = Files.list(corpus)) {
            return children.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Prints per-page and overall figures for both corpora. */
    public static void main(String[] args) throws IOException {
        Path corpora = args.length > 0 ? Path.of(args[0]) : Corpora.root();
        PrintStream out = System.out;
        ExtractionQualityBenchmark benchmark = new ExtractionQualityBenchmark();
        List<TokenScore> tokens = benchmark.readability(corpora.resolve("readability"), List.of());
        for (TokenScore s : tokens) {
            out.printf(Locale.ROOT, "readability %-32s P %.3f R %.3f F1 %.3f%n", s.page(), s.precision(), s.recall(),
                    s.f1());
        }
        out.printf(Locale.ROOT, "readability mean P %.3f R %.3f F1 %.3f over %d pages%n",
                tokens.stream().mapToDouble(TokenScore::precision).average().orElse(0),
                tokens.stream().mapToDouble(TokenScore::recall).average().orElse(0), meanF1(tokens), tokens.size());
        List<SnippetScore> snippets = benchmark.trafilatura(corpora.resolve("trafilatura"), List.of());
        for (SnippetScore s : snippets) {
            out.printf(Locale.ROOT, "trafilatura %-56s with %d/%d without-found %d/%d%n", s.page(), s.truePositives(),
                    s.truePositives() + s.falseNegatives(), s.falsePositives(), s.falsePositives() + s.trueNegatives());
        }
        int tp = snippets.stream().mapToInt(SnippetScore::truePositives).sum();
        int fn = snippets.stream().mapToInt(SnippetScore::falseNegatives).sum();
        int fp = snippets.stream().mapToInt(SnippetScore::falsePositives).sum();
        out.printf(Locale.ROOT, "trafilatura P %.3f R %.3f F1 %.3f over %d pages%n", (double) tp / (tp + fp),
                (double) tp / (tp + fn), snippetF1(snippets), snippets.size());
    }
}
