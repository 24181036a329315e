package org.parley.cli.benchmark;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

import org.parley.listening.fetch.FetchSettings;
import org.parley.listening.run.ProjectCrawl;
import org.parley.model.Listening;
import org.parley.model.ListeningSource;
import org.parley.model.ParleyFactory;
import org.parley.model.Plan;
import org.parley.model.SourceKind;

/**
 * Crawl throughput of the whole pipeline {@code parley crawl} runs (fetch, extract, store mentions, index) on a local
 * site: the real pages of corpus folders, dealt out to H hosts on loopback addresses, each host a listening source
 * that starts at generated index pages. Without a delay it measures what the machine can do; with a delay d per host
 * the polite bound is H/d requests per second (each host at most once per d), and the measured rate is printed as a
 * ratio to it: the issue's goal is at least 0.90.
 */
public final class CrawlSpeed {

	/** One measured setting. */
	public record Setting(int hosts, Duration delay) {
		/** The most requests per second politeness allows, or 0 when it sets no bound. */
		double bound() {
			return delay.isZero() ? 0 : hosts / (delay.toNanos() / 1e9);
		}
	}

	/** What one crawl did. */
	private record Measure(int visited, int failed, double seconds) {
		double rate() {
			return visited / seconds;
		}
	}

	private final List<Path> corpora;
	private final List<Setting> settings;
	private final int runs;
	private final PrintWriter out;

	/**
	 * @param corpora folders whose {@code source.html} and {@code pages/*.html} files are served
	 * @param settings what to measure, in order
	 * @param runs measured crawls per setting (the median is printed), after one warm-up crawl
	 */
	public CrawlSpeed(List<Path> corpora, List<Setting> settings, int runs, PrintWriter out) {
		this.corpora = corpora;
		this.settings = settings;
		this.runs = runs;
		this.out = out;
	}

	public void run() throws Exception {
		List<byte[]> pages = CorpusPages.read(corpora);
		long bytes = pages.stream().mapToLong(p -> p.length).sum();
		out.printf(Locale.ROOT, "Crawl speed: %d pages, %.1f MB, served on 127.0.0.x with index pages of %d links; "
				+ "fetch, extract, store and index as parley crawl does; median of %d run(s)%n", pages.size(),
				bytes / 1e6, LoopbackSite.LINKS_PER_INDEX, runs);
		out.printf(Locale.ROOT, "%5s %8s %6s %8s %9s %10s %7s  %s%n", "hosts", "delay s", "URLs", "seconds", "pages/s",
				"bound H/d", "ratio", "goal");
		out.flush();
		crawl(pages, new Setting(1, Duration.ZERO));
		for (Setting setting : settings) {
			List<Measure> measures = new ArrayList<>();
			for (int i = 0; i < runs; i++) {
				measures.add(crawl(pages, setting));
			}
			measures.sort(Comparator.comparingDouble(Measure::rate));
			Measure median = measures.get(measures.size() / 2);
			double bound = setting.bound();
			out.printf(Locale.ROOT, "%5d %8.3f %6d %8.2f %9.1f %10s %7s  %s%n", setting.hosts(), setting.delay().toNanos() / 1e9,
					median.visited(), median.seconds(), median.rate(),
					bound > 0 ? String.format(Locale.ROOT, "%.1f", bound) : "-",
					bound > 0 ? String.format(Locale.ROOT, "%.2f", median.rate() / bound) : "-", bound > 0 ? ">= 0.90" : "");
			if (median.failed() > 0) {
				out.printf(Locale.ROOT, "      (%d URLs failed in that run: the figure is not comparable)%n", median.failed());
			}
			out.flush();
		}
	}

	/** Crawls the pages served by {@code setting.hosts()} sites, one source each, in a fresh project. */
	private Measure crawl(List<byte[]> pages, Setting setting) throws Exception {
		Path project = Files.createTempDirectory("parley-crawl-benchmark");
		List<LoopbackSite> sites = LoopbackSite.startMany(setting.hosts(), pages);
		try {
			Plan plan = plan(sites, setting.delay());
			long start = System.nanoTime();
			List<ProjectCrawl.SourceResult> results = new ProjectCrawl(project, plan,
					new ProjectCrawl.Options(null, null, false, FetchSettings.defaults())).run(progress -> {
					}, () -> false);
			double seconds = (System.nanoTime() - start) / 1e9;
			int visited = results.stream().mapToInt(r -> r.summary().visited()).sum();
			int failed = results.stream().mapToInt(r -> r.summary().failed().size()).sum();
			int expected = sites.stream().mapToInt(LoopbackSite::urls).sum();
			if (visited != expected) {
				throw new IllegalStateException("the crawl visited " + visited + " URLs of the " + expected
						+ " the local sites serve");
			}
			return new Measure(visited, failed, seconds);
		} finally {
			sites.forEach(LoopbackSite::close);
			try (Stream<Path> walk = Files.walk(project)) {
				walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}

	private static Plan plan(List<LoopbackSite> sites, Duration delay) {
		ParleyFactory factory = ParleyFactory.eINSTANCE;
		Plan plan = factory.createPlan();
		plan.setId(UUID.randomUUID().toString());
		plan.setTimeZone(ZoneId.of("UTC"));
		Listening listening = factory.createListening();
		listening.setId(UUID.randomUUID().toString());
		for (int i = 0; i < sites.size(); i++) {
			ListeningSource source = factory.createListeningSource();
			source.setId(UUID.randomUUID().toString());
			source.setName("Local forum " + (i + 1));
			source.setKind(SourceKind.FORUM);
			source.setUrl(sites.get(i).start());
			source.setMaxDepth(1);
			source.setMaxPages(Integer.MAX_VALUE);
			source.setPolitenessDelayMillis((int) delay.toMillis());
			listening.getSources().add(source);
		}
		plan.setListening(listening);
		return plan;
	}

	/** The pages of the corpus folders. */
	static final class CorpusPages {
		private CorpusPages() {
		}

		/** Every {@code source.html} and {@code pages/*.html} under {@code corpora}, in path order. */
		static List<byte[]> read(List<Path> corpora) throws IOException {
			List<byte[]> pages = new ArrayList<>();
			for (Path corpus : corpora) {
				try (Stream<Path> walk = Files.walk(corpus)) {
					for (Path page : walk.filter(CorpusPages::isPage).sorted().toList()) {
						pages.add(Files.readAllBytes(page));
					}
				}
			}
			if (pages.isEmpty()) {
				throw new ExtractionSpeed.NoPagesException("no pages (source.html or pages/*.html) under " + corpora);
			}
			return Collections.unmodifiableList(pages);
		}

		private static boolean isPage(Path path) {
			return path.toString().endsWith("source.html") || path.getParent() != null
					&& path.getParent().getFileName().toString().equals("pages") && path.toString().endsWith(".html");
		}
	}
}
