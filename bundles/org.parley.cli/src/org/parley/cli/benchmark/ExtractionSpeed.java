package org.parley.cli.benchmark;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.parley.listening.extract.AuthorPseudonymizer;
import org.parley.listening.extract.PageExtractor;

/**
 * Extraction throughput against plain {@code Jsoup.parse} of the same pages in the same run: the goal is
 * that extracting costs at most twice parsing. Pages are every {@code *.html} under the corpus folders given.
 */
public final class ExtractionSpeed {

	private final List<Path> corpora;
	private final Stopwatch stopwatch;
	private final PrintWriter out;

	public ExtractionSpeed(List<Path> corpora, int runs, PrintWriter out) {
		this.corpora = corpora;
		this.stopwatch = new Stopwatch(1, runs);
		this.out = out;
	}

	public void run() throws Exception {
		List<byte[]> pages = new ArrayList<>();
		for (Path corpus : corpora) {
			try (Stream<Path> walk = Files.walk(corpus)) {
				for (Path page : walk.filter(p -> p.toString().endsWith("source.html") || isTrafilaturaPage(p)).sorted().toList()) {
					pages.add(Files.readAllBytes(page));
				}
			}
		}
		if (pages.isEmpty()) {
			throw new NoPagesException("no pages (source.html or pages/*.html) under " + corpora);
		}
		PageExtractor extractor = new PageExtractor(ZoneId.of("UTC"), AuthorPseudonymizer.off());
		Instant now = Instant.parse("2026-11-25T12:00:00Z");
		List<Stopwatch.Task> tasks = new ArrayList<>();
		tasks.add(() -> {
			for (byte[] page : pages) {
				extractor.extract(page, "text/html", "https://example.org/", now);
			}
		});
		boolean tika = isTikaBoilerpipeInstalled();
		if (tika) {
			TikaBoilerpipe boilerpipe = new TikaBoilerpipe();
			tasks.add(() -> {
				for (byte[] page : pages) {
					boilerpipe.mainText(page);
				}
			});
		}
		// Parsing and extracting take turns, so that the ratios hold on a machine whose load changes meanwhile.
		Stopwatch.Turns turns = stopwatch.inTurns(() -> {
			for (byte[] page : pages) {
				Jsoup.parse(new ByteArrayInputStream(page), null, "https://example.org/");
			}
		}, tasks);
		double parse = turns.baselineMillis();
		long bytes = pages.stream().mapToLong(p -> p.length).sum();
		out.printf("Extraction speed: %d pages, %.1f MB%n", pages.size(), bytes / 1e6);
		out.printf("%-28s %10s %10s %8s  %s%n", "", "ms", "pages/s", "ratio", "goal");
		out.printf("%-28s %10.0f %10.1f %8s%n", "Jsoup.parse (baseline)", parse, pages.size() / (parse / 1000), "1.00");
		row("Parley extraction", turns, 0, pages.size(), "  <= 2.00");
		if (tika) {
			row("Tika HTML + boilerpipe", turns, 1, pages.size(), "");
		} else {
			out.printf("%-28s %s%n", "Tika HTML + boilerpipe", "not installed");
		}
	}

	private void row(String name, Stopwatch.Turns turns, int task, int pages, String goal) {
		double millis = turns.millis().get(task);
		out.printf("%-28s %10.0f %10.1f %8.2f%s%n", name, millis, pages / (millis / 1000), turns.ratios().get(task), goal);
	}

	// Optional imports: the product need not ship Tika's HTML parser and boilerpipe, the benchmark says so then.
	private static boolean isTikaBoilerpipeInstalled() {
		try {
			ClassLoader loader = ExtractionSpeed.class.getClassLoader();
			Class.forName("org.apache.tika.parser.html.JSoupParser", false, loader);
			Class.forName("org.apache.tika.sax.boilerpipe.BoilerpipeContentHandler", false, loader);
			Class.forName("de.l3s.boilerpipe.extractors.ArticleExtractor", false, loader);
			return true;
		} catch (ClassNotFoundException | LinkageError e) {
			return false;
		}
	}

	/** The corpus folders hold nothing to measure. */
	public static final class NoPagesException extends IOException {
		private static final long serialVersionUID = 1L;

		NoPagesException(String message) {
			super(message);
		}
	}

	private static boolean isTrafilaturaPage(Path path) {
		return path.getParent() != null && path.getParent().getFileName().toString().equals("pages")
				&& path.toString().endsWith(".html");
	}
}
