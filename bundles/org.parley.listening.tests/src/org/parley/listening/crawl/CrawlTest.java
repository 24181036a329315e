package org.parley.listening.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.listening.fetch.FetchResult;
import org.parley.listening.fetch.FetchSettings;
import org.parley.listening.fetch.Fetcher;
import org.parley.listening.fetch.LocalSite;
import org.parley.listening.fetch.PolitenessScheduler;
import org.parley.listening.fetch.RobotsCache;
import org.parley.model.ListeningSource;
import org.parley.model.ParleyFactory;
import org.parley.model.SourceKind;

class CrawlTest {

	@TempDir
	Path project;

	private LocalSite site;
	private Fetcher fetcher;
	private final List<FetchResult> handed = Collections.synchronizedList(new ArrayList<>());

	@BeforeEach
	void start() throws IOException {
		site = LocalSite.start();
		fetcher = new Fetcher(FetchSettings.defaults()
				.withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(5))
				.withSizeLimits(2 << 20, 4 << 20, 100).withRetries(1, Duration.ofMillis(20), Duration.ofSeconds(2)));
	}

	@AfterEach
	void stop() {
		fetcher.close();
		site.close();
	}

	private ListeningSource source(String path, SourceKind kind) {
		ListeningSource source = ParleyFactory.eINSTANCE.createListeningSource();
		source.setId("test-source");
		source.setName("Test source");
		source.setKind(kind);
		source.setUrl(site.base() + path);
		source.setPolitenessDelayMillis(50);
		source.setMaxDepth(3);
		source.setMaxPages(100);
		return source;
	}

	private CrawlSummary crawl(CrawlPlan plan) throws Exception {
		return crawl(plan, () -> false, CrawlListener.NONE);
	}

	private CrawlSummary crawl(CrawlPlan plan, BooleanSupplier cancel, CrawlListener listener) throws Exception {
		return crawl(plan, cancel, listener, PolitenessScheduler.DEFAULT_CONCURRENCY);
	}

	private CrawlSummary crawl(CrawlPlan plan, BooleanSupplier cancel, CrawlListener listener, int visitors)
			throws Exception {
		try (CrawlState state = CrawlState.open(project.resolve(".parley/crawl/test"))) {
			return new Crawl(plan, fetcher, new RobotsCache(fetcher), new PolitenessScheduler(), state)
					.onPage(handed::add).onProgress(listener).cancelWhen(cancel).visitors(visitors).run();
		}
	}

	private List<String> handedPaths() {
		synchronized (handed) {
			return handed.stream().map(r -> r.finalUrl().getPath()).toList();
		}
	}

	private static String links(String... hrefs) {
		StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><title>Index</title></head><body>");
		for (String href : hrefs) {
			html.append("<p><a href=\"").append(href).append("\">").append(href).append("</a></p>\n");
		}
		return html.append("</body></html>").toString();
	}

	private static String page(String text) {
		return "<!DOCTYPE html><html><head><title>" + text + "</title></head><body><p>" + text + "</p></body></html>";
	}

	/** Real pages from the readability corpus next to the repository. */
	private static List<Path> corpusPages(int count) throws IOException {
		Path dir = Path.of("").toAbsolutePath();
		while (dir != null && !Files.isDirectory(dir.resolve(".mvn"))) {
			dir = dir.getParent();
		}
		assertThat(dir).as("repository root above " + Path.of("").toAbsolutePath()).isNotNull();
		Path corpus = dir.resolve("../shared/corpora/readability").normalize();
		try (Stream<Path> cases = Files.list(corpus)) {
			return cases.map(c -> c.resolve("source.html")).filter(Files::isRegularFile).sorted().limit(count)
					.toList();
		}
	}

	@Test
	void handsOverEachRealPageOfASiteOnce() throws Exception {
		List<Path> pages = corpusPages(3);
		site.html("/p/index.html", links("a.html", "b.html", "c.html", "index.html"));
		String[] names = { "a.html", "b.html", "c.html" };
		for (int i = 0; i < 3; i++) {
			site.page("/p/" + names[i], "text/html", Files.readAllBytes(pages.get(i)));
		}
		ListeningSource source = source("/p/index.html", SourceKind.BLOG);
		source.setMaxDepth(1);

		CrawlSummary summary = crawl(CrawlPlan.of(source));

		assertThat(handedPaths()).as(summary.toString()).containsExactlyInAnyOrder("/p/index.html", "/p/a.html",
				"/p/b.html", "/p/c.html");
		for (int i = 0; i < 3; i++) {
			String path = "/p/" + names[i];
			FetchResult result = handed.stream().filter(r -> r.finalUrl().getPath().equals(path)).findFirst()
					.orElseThrow();
			assertThat(result.body()).isEqualTo(Files.readAllBytes(pages.get(i)));
			assertThat(site.hits(path)).hasSize(1);
		}
		assertThat(summary.pages()).isEqualTo(4);
		assertThat(summary.roundFinished()).isTrue();
	}

	@Test
	void obeysRobotsDisallowAndCrawlDelay() throws Exception {
		site.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private\nCrawl-delay: 0.3\n".getBytes());
		site.html("/", links("/one", "/two", "/private/secret"));
		site.html("/one", page("one")).html("/two", page("two")).html("/private/secret", page("secret"));

		CrawlSummary summary = crawl(CrawlPlan.of(source("/", SourceKind.FORUM)));

		assertThat(site.hits("/private/secret")).isEmpty();
		assertThat(summary.skipped()).containsEntry(site.base() + "/private/secret",
				site.base() + "/private/secret: disallowed by robots.txt");
		List<Long> times = site.hits().stream().filter(h -> !h.path().equals("/robots.txt"))
				.map(LocalSite.Hit::nanos).toList();
		assertThat(times).hasSize(3);
		for (int i = 1; i < times.size(); i++) {
			assertThat(Duration.ofNanos(times.get(i) - times.get(i - 1))).isGreaterThanOrEqualTo(Duration.ofMillis(300));
		}
	}

	@Test
	void asksForRobotsTxtInTheHostsTurnLikeAnyOtherRequest() throws Exception {
		site.page("/robots.txt", "text/plain", "User-agent: *\nAllow: /\n".getBytes(StandardCharsets.UTF_8));
		site.html("/", links("/one")).html("/one", page("one"));
		ListeningSource source = source("/", SourceKind.FORUM);
		source.setPolitenessDelayMillis(300);

		crawl(CrawlPlan.of(source));

		List<LocalSite.Hit> hits = site.hits();
		assertThat(hits).extracting(LocalSite.Hit::path).startsWith("/robots.txt", "/").contains("/one");
		for (int i = 1; i < hits.size(); i++) {
			assertThat(Duration.ofNanos(hits.get(i).nanos() - hits.get(i - 1).nanos()))
					.as("from %s to %s", hits.get(i - 1).path(), hits.get(i).path())
					.isGreaterThanOrEqualTo(Duration.ofMillis(300));
		}
	}

	@Test
	void doesNotLetARedirectLeadAroundRobotsTxt() throws Exception {
		site.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private\n".getBytes());
		site.html("/", links("/go"));
		site.redirect("/go", "/private/secret").html("/private/secret", page("secret"));

		CrawlSummary summary = crawl(CrawlPlan.of(source("/", SourceKind.FORUM)));

		assertThat(site.hits("/private/secret")).isEmpty();
		assertThat(summary.skipped().get(site.base() + "/go"))
				.isEqualTo(site.base() + "/private/secret: disallowed by robots.txt");
	}

	@Test
	void recordsRedirectLoopsAndErrorStatusesWithTheirReasons() throws Exception {
		site.html("/", links("/loop-a", "/missing", "/broken", "/ok"));
		site.redirect("/loop-a", "/loop-b").redirect("/loop-b", "/loop-a").status("/broken", 500)
				.html("/ok", page("ok"));

		CrawlSummary summary = crawl(CrawlPlan.of(source("/", SourceKind.FORUM)));

		assertThat(summary.failed()).containsOnlyKeys(site.base() + "/loop-a", site.base() + "/missing",
				site.base() + "/broken");
		assertThat(summary.failed().get(site.base() + "/loop-a")).contains("redirect loop");
		assertThat(summary.failed().get(site.base() + "/missing")).endsWith("/missing: HTTP 404");
		assertThat(summary.failed().get(site.base() + "/broken")).endsWith("/broken: HTTP 500");
		assertThat(handedPaths()).containsExactlyInAnyOrder("/", "/ok");
	}

	@Test
	void skipsBinaryServedAsHtmlAndPdfs() throws Exception {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0 };
		byte[] pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
		site.html("/", links("/picture", "/report.pdf"));
		site.page("/picture", "text/html", png).page("/report.pdf", "application/pdf", pdf);

		CrawlSummary summary = crawl(CrawlPlan.of(source("/", SourceKind.FORUM)));

		assertThat(handedPaths()).containsExactly("/");
		assertThat(summary.skipped().get(site.base() + "/picture")).contains("not HTML but image/png");
		assertThat(summary.skipped().get(site.base() + "/report.pdf")).contains("not HTML but application/pdf");
	}

	@Test
	void skipsPagesOverTheSizeCapAndGzipBombs() throws Exception {
		site.html("/", links("/huge", "/bomb"));
		site.page("/huge", "text/html", new byte[4 << 20]);
		site.handle("/bomb", exchange -> {
			exchange.getResponseHeaders().set("Content-Encoding", "gzip");
			java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
			try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(bytes)) {
				gz.write(new byte[20 << 20]);
			}
			LocalSite.send(exchange, 200, "text/html", bytes.toByteArray());
		});

		CrawlSummary summary = crawl(CrawlPlan.of(source("/", SourceKind.FORUM)));

		assertThat(summary.skipped().get(site.base() + "/huge")).contains("too large");
		assertThat(summary.skipped().get(site.base() + "/bomb")).contains("decompression bomb");
		assertThat(handedPaths()).containsExactly("/");
	}

	@Test
	void staysOutOfAnEndlessCalendar() throws Exception {
		site.handle("/calendar/", exchange -> {
			int month = Integer.parseInt(exchange.getRequestURI().getQuery().substring("m=".length()));
			String html = "<html><body><h1>Month " + month + "</h1><a href=\"?m=" + (month + 1)
					+ "\">Suivant</a></body></html>";
			LocalSite.send(exchange, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
		});
		CrawlPlan plan = CrawlPlan.of(source("/calendar/?m=0", SourceKind.PAGE)).withMaxPageRun(10_000)
				.withTraps(new TrapGuard.Limits(1024, 16, 2, 10, 8));

		CrawlSummary summary = crawl(plan);

		assertThat(site.hits("/calendar/")).hasSize(9);
		assertThat(summary.skipped().values()).anyMatch(reason -> reason.contains("trap: more than 8 URLs shaped like"));
		assertThat(summary.roundFinished()).isTrue();
	}

	@Test
	void followsPaginationPastTheDepthLimitButNotBeyondTheLongestRun() throws Exception {
		site.handle("/thread", exchange -> {
			int page = Integer.parseInt(exchange.getRequestURI().getQuery().substring("page=".length()));
			String html = "<html><body><p>Post " + page + "</p><a href=\"/thread?page=" + (page + 1)
					+ "\">page suivante</a></body></html>";
			LocalSite.send(exchange, 200, "text/html", html.getBytes(StandardCharsets.UTF_8));
		});
		ListeningSource source = source("/thread?page=1", SourceKind.FORUM);
		source.setMaxDepth(0);

		crawl(CrawlPlan.of(source).withMaxPageRun(4));

		assertThat(site.hits("/thread")).hasSize(5);
	}

	@Test
	void handsOverTheSameContentOnceWhateverItsUrl() throws Exception {
		site.html("/", links("/a", "/a;jsessionid=ABC", "/a?PHPSESSID=xyz", "/a#comments", "/copy"));
		site.html("/a", page("same")).html("/copy", page("same"));

		CrawlSummary summary = crawl(CrawlPlan.of(source("/", SourceKind.FORUM)));

		assertThat(handedPaths()).containsExactlyInAnyOrder("/", "/a");
		assertThat(site.hits("/a")).hasSize(1);
		assertThat(summary.skipped().get(site.base() + "/copy")).contains("same content as " + site.base() + "/a");
	}

	@Test
	void resumesAnInterruptedCrawlWhereItStopped() throws Exception {
		site.html("/", links("/1", "/2", "/3", "/4", "/5"));
		for (int i = 1; i <= 5; i++) {
			site.html("/" + i, page("page " + i));
		}
		CrawlPlan plan = CrawlPlan.of(source("/", SourceKind.FORUM));

		// One visitor: the crawl stops right at the third page.
		CrawlSummary first = crawl(plan, () -> handed.size() >= 3, CrawlListener.NONE, 1);
		CrawlSummary second = crawl(plan);

		assertThat(first.cancelled()).isTrue();
		assertThat(first.roundFinished()).isFalse();
		assertThat(first.pages()).isEqualTo(3);
		assertThat(second.pages()).isEqualTo(3);
		assertThat(second.roundFinished()).isTrue();
		assertThat(handedPaths()).containsExactlyInAnyOrder("/", "/1", "/2", "/3", "/4", "/5");
		for (String path : List.of("/", "/1", "/2", "/3", "/4", "/5")) {
			assertThat(site.hits(path)).as(path).hasSize(1);
		}
	}

	@Test
	void finishesAndRecordsThePagesInFlightWhenCancelledAndResumesWithTheRest() throws Exception {
		List<String> paths = new ArrayList<>(List.of("/"));
		for (int i = 1; i <= 20; i++) {
			paths.add("/" + i);
			site.html("/" + i, page("page " + i));
		}
		site.html("/", links(paths.subList(1, paths.size()).toArray(String[]::new)));
		CrawlPlan plan = CrawlPlan.of(source("/", SourceKind.FORUM));

		CrawlSummary first = crawl(plan, () -> handed.size() >= 3, CrawlListener.NONE);
		CrawlSummary second = crawl(plan);

		assertThat(first.cancelled()).isTrue();
		assertThat(first.pages()).isGreaterThanOrEqualTo(3).isLessThan(paths.size());
		assertThat(first.pages() + second.pages()).isEqualTo(paths.size());
		assertThat(handedPaths()).containsExactlyInAnyOrderElementsOf(paths);
		for (String path : paths) {
			assertThat(site.hits(path)).as(path).hasSize(1);
		}
	}

	@Test
	void asksOnlyForChangesOnTheNextRoundAndStillFollowsUnchangedPages() throws Exception {
		AtomicBoolean secondRound = new AtomicBoolean();
		for (String path : List.of("/", "/1", "/2")) {
			site.handle(path, exchange -> {
				// Only /2 changes between the rounds.
				String version = path.equals("/2") && secondRound.get() ? "\"v2\"" : "\"v1\"";
				if (version.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
					exchange.sendResponseHeaders(304, -1);
				} else {
					String body = path.equals("/") ? links("/1", "/2") : page(path + " " + version);
					exchange.getResponseHeaders().set("ETag", version);
					LocalSite.send(exchange, 200, "text/html", body.getBytes(StandardCharsets.UTF_8));
				}
			});
		}
		CrawlPlan plan = CrawlPlan.of(source("/", SourceKind.FORUM));
		crawl(plan);
		handed.clear();
		secondRound.set(true);

		CrawlSummary again = crawl(plan);

		assertThat(again.unchanged()).isEqualTo(2);
		assertThat(handedPaths()).containsExactly("/2");
		assertThat(site.hits("/").get(1).header("If-None-Match")).isEqualTo("\"v1\"");
	}

	@Test
	void readsPostsFromAFeed() throws Exception {
		String rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>b</title>"
				+ "<item><link>" + site.base() + "/posts/1</link></item>"
				+ "<item><link>" + site.base() + "/posts/2</link></item></channel></rss>";
		site.page("/blog/feed.xml", "application/rss+xml", rss.getBytes(StandardCharsets.UTF_8));
		site.html("/posts/1", page("post 1")).html("/posts/2", page("post 2"));

		crawl(CrawlPlan.of(source("/blog/feed.xml", SourceKind.FEED)));

		assertThat(handedPaths()).containsExactlyInAnyOrder("/posts/1", "/posts/2");
	}

	@Test
	void readsTheFeedABlogPageLinksTo() throws Exception {
		String rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>b</title>"
				+ "<item><link>" + site.base() + "/posts/1</link></item></channel></rss>";
		site.html("/", links("/feed"));
		site.page("/feed", "application/rss+xml", rss.getBytes(StandardCharsets.UTF_8));
		site.html("/posts/1", page("post 1"));

		crawl(CrawlPlan.of(source("/", SourceKind.BLOG)));

		assertThat(handedPaths()).containsExactlyInAnyOrder("/", "/posts/1");
	}

	@Test
	void readsPostsFromASitemapIndex() throws Exception {
		site.page("/sitemap.xml", "application/xml", ("<?xml version=\"1.0\"?>"
				+ "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
				+ "<sitemap><loc>" + site.base() + "/sitemap-posts.xml</loc></sitemap></sitemapindex>").getBytes());
		site.page("/sitemap-posts.xml", "application/xml", ("<?xml version=\"1.0\"?>"
				+ "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
				+ "<url><loc>" + site.base() + "/t/1</loc></url><url><loc>" + site.base() + "/t/2</loc></url>"
				+ "</urlset>").getBytes());
		site.html("/t/1", page("topic 1")).html("/t/2", page("topic 2"));

		crawl(CrawlPlan.of(source("/sitemap.xml", SourceKind.SITEMAP)));

		assertThat(handedPaths()).containsExactlyInAnyOrder("/t/1", "/t/2");
	}

	@Test
	void stopsAtTheMostPagesOfTheSource() throws Exception {
		site.html("/", links("/1", "/2", "/3", "/4"));
		for (int i = 1; i <= 4; i++) {
			site.html("/" + i, page("p" + i));
		}
		ListeningSource source = source("/", SourceKind.FORUM);
		source.setMaxPages(3);

		CrawlSummary summary = crawl(CrawlPlan.of(source));

		assertThat(summary.visited()).isEqualTo(3);
		assertThat(summary.roundFinished()).isTrue();
		assertThat(site.hits("/3")).isEmpty();
	}

	@Test
	void reportsProgressAfterEachUrl() throws Exception {
		site.html("/", links("/1", "/missing"));
		site.html("/1", page("one"));
		List<CrawlProgress> reports = new ArrayList<>();

		CrawlSummary summary = crawl(CrawlPlan.of(source("/", SourceKind.FORUM)), () -> false, reports::add);

		assertThat(reports).hasSize(3);
		CrawlProgress last = reports.get(2);
		assertThat(last.visited()).isEqualTo(3);
		assertThat(last.pages()).isEqualTo(2);
		assertThat(last.errors()).isEqualTo(1);
		assertThat(last.pagesPerSecond()).isPositive();
		assertThat(summary.rate()).isPositive();
	}

	@Test
	void recordsAFailingPageHandlerAndGoesOn() throws Exception {
		site.html("/", links("/bad", "/good"));
		site.html("/bad", page("bad")).html("/good", page("good"));
		try (CrawlState state = CrawlState.open(project.resolve(".parley/crawl/test"))) {
			CrawlSummary summary = new Crawl(CrawlPlan.of(source("/", SourceKind.FORUM)), fetcher,
					new RobotsCache(fetcher), new PolitenessScheduler(), state).onPage(page -> {
						if (page.finalUrl().getPath().equals("/bad")) {
							throw new UncheckedIOException(new IOException("cannot extract"));
						}
						handed.add(page);
					}).run();

			assertThat(summary.failed().get(site.base() + "/bad")).contains("page handler failed")
					.contains("cannot extract");
			assertThat(handedPaths()).containsExactlyInAnyOrder("/", "/good");
		}
	}

	@Test
	void takesTheSourcePolitenessDelayOfOneSecondByDefault() {
		ListeningSource source = ParleyFactory.eINSTANCE.createListeningSource();
		source.setUrl("https://forum.example/");

		assertThat(CrawlPlan.of(source).delay()).isEqualTo(Duration.ofSeconds(1));
	}

	@Test
	void takesAZeroPolitenessDelayAsNoDelayAndANegativeOneAsTheDefault() {
		ListeningSource source = ParleyFactory.eINSTANCE.createListeningSource();
		source.setUrl("http://127.0.0.1:8080/");
		source.setPolitenessDelayMillis(0);
		assertThat(CrawlPlan.of(source).delay()).isEqualTo(Duration.ZERO);

		source.setPolitenessDelayMillis(-1);
		assertThat(CrawlPlan.of(source).delay()).isEqualTo(PolitenessScheduler.DEFAULT_DELAY);
	}

	@Test
	void seedsAForumWithTheSitemapsItsRobotsTxtNamesWithinTheSourcesScope() throws Exception {
		site.page("/robots.txt", "text/plain", ("User-agent: *\nAllow: /\nSitemap: " + site.base() + "/sitemap.xml\n")
				.getBytes(StandardCharsets.UTF_8));
		site.page("/sitemap.xml", "application/xml", ("<?xml version=\"1.0\"?>"
				+ "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
				+ "<url><loc>" + site.base() + "/forum/t/1</loc></url><url><loc>" + site.base() + "/forum/t/2</loc></url>"
				+ "<url><loc>" + site.base() + "/shop/basket</loc></url></urlset>").getBytes(StandardCharsets.UTF_8));
		site.html("/forum/", page("no links to the threads"));
		site.html("/forum/t/1", page("thread 1")).html("/forum/t/2", page("thread 2")).html("/shop/basket", page("shop"));

		crawl(CrawlPlan.of(source("/forum/", SourceKind.FORUM)));

		assertThat(handedPaths()).containsExactlyInAnyOrder("/forum/", "/forum/t/1", "/forum/t/2");
		assertThat(site.hits("/shop/basket")).isEmpty();
	}

	@Test
	void leavesTheRobotsTxtSitemapsAloneForAFeed() throws Exception {
		site.page("/robots.txt", "text/plain", ("User-agent: *\nSitemap: " + site.base() + "/sitemap.xml\n")
				.getBytes(StandardCharsets.UTF_8));
		String rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>b</title>"
				+ "<item><link>" + site.base() + "/posts/1</link></item></channel></rss>";
		site.page("/feed.xml", "application/rss+xml", rss.getBytes(StandardCharsets.UTF_8));
		site.html("/posts/1", page("post 1"));

		CrawlPlan plan = CrawlPlan.of(source("/feed.xml", SourceKind.FEED));
		crawl(plan);

		assertThat(plan.robotsSitemaps()).isFalse();
		assertThat(site.hits("/sitemap.xml")).isEmpty();
		assertThat(handedPaths()).containsExactly("/posts/1");
	}
}
