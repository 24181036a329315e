package org.parley.listening.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.listening.extract.Corpora;
import org.parley.listening.fetch.FetchResult;
import org.parley.listening.fetch.FetchSettings;
import org.parley.listening.fetch.Fetcher;
import org.parley.listening.fetch.LocalSite;
import org.parley.listening.fetch.PolitenessScheduler;
import org.parley.listening.fetch.RobotsCache;
import org.parley.model.ListeningSource;
import org.parley.model.ParleyFactory;
import org.parley.model.SourceKind;

/** A source whose pages live on several hosts (loopback addresses of this machine), crawled at once and politely. */
class CrawlAcrossHostsTest {

	private static final Duration DELAY = Duration.ofMillis(200);
	private static final int PAGES_PER_HOST = 4;

	@TempDir
	Path project;

	private final List<LocalSite> sites = new ArrayList<>();
	private Fetcher fetcher;
	private final List<FetchResult> handed = Collections.synchronizedList(new ArrayList<>());

	@BeforeEach
	void start() throws IOException {
		for (String address : List.of("127.0.0.1", "127.0.0.2", "127.0.0.3")) {
			sites.add(LocalSite.startOn(address));
		}
		fetcher = new Fetcher(FetchSettings.defaults()
				.withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(10)));
	}

	@AfterEach
	void stop() {
		fetcher.close();
		sites.forEach(LocalSite::close);
	}

	private ListeningSource source(LocalSite home, String path, int delayMillis) {
		ListeningSource source = ParleyFactory.eINSTANCE.createListeningSource();
		source.setId("hosts");
		source.setName("Several hosts");
		source.setKind(SourceKind.BLOG);
		source.setUrl(home.base() + path);
		source.setPolitenessDelayMillis(delayMillis);
		source.setMaxDepth(1);
		source.setMaxPages(100);
		for (LocalSite site : sites) {
			source.getIncludePatterns().add("^" + Pattern.quote(site.base() + "/"));
		}
		return source;
	}

	private CrawlSummary crawl(CrawlPlan plan) throws Exception {
		try (CrawlState state = CrawlState.open(project.resolve(".parley/crawl/hosts"))) {
			return new Crawl(plan, fetcher, new RobotsCache(fetcher), new PolitenessScheduler(), state)
					.onPage(handed::add).run();
		}
	}

	private static List<byte[]> realPages(int count) throws IOException {
		try (Stream<Path> cases = Files.list(Corpora.root().resolve("readability"))) {
			List<Path> files = cases.map(c -> c.resolve("source.html")).filter(Files::isRegularFile).sorted()
					.limit(count).toList();
			List<byte[]> pages = new ArrayList<>();
			for (Path file : files) {
				pages.add(Files.readAllBytes(file));
			}
			return pages;
		}
	}

	private static String links(List<String> urls) {
		StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><title>Index</title></head><body>");
		for (String url : urls) {
			html.append("<p><a href=\"").append(url).append("\">").append(url).append("</a></p>\n");
		}
		return html.append("</body></html>").toString();
	}

	@Test
	void fetchesFromSeveralHostsAtOnceButFromNoHostMoreOftenThanItsDelay() throws Exception {
		List<byte[]> pages = realPages(sites.size() * PAGES_PER_HOST);
		// The first page of each host is answered only once all hosts have a request in flight: a crawl that fetched
		// one URL at a time would leave the latch waiting.
		CountDownLatch allHostsAtOnce = new CountDownLatch(sites.size());
		AtomicInteger sawOthers = new AtomicInteger();
		List<String> urls = new ArrayList<>();
		for (int p = 0; p < PAGES_PER_HOST; p++) {
			for (int h = 0; h < sites.size(); h++) {
				byte[] body = pages.get(h * PAGES_PER_HOST + p);
				LocalSite site = sites.get(h);
				String path = "/p/" + p;
				if (p == 0) {
					site.handle(path, exchange -> {
						allHostsAtOnce.countDown();
						try {
							if (allHostsAtOnce.await(5, TimeUnit.SECONDS)) {
								sawOthers.incrementAndGet();
							}
						} catch (InterruptedException e) {
							Thread.currentThread().interrupt();
						}
						LocalSite.send(exchange, 200, "text/html", body);
					});
				} else {
					site.page(path, "text/html", body);
				}
				urls.add(site.base() + path);
			}
		}
		LocalSite home = sites.get(0);
		home.html("/", links(urls));

		CrawlSummary summary = crawl(CrawlPlan.of(source(home, "/", (int) DELAY.toMillis())));

		assertThat(summary.failed()).isEmpty();
		assertThat(handed).hasSize(1 + urls.size());
		assertThat(sawOthers.get()).as("hosts whose first page was requested while the others' were").isEqualTo(3);
		for (LocalSite site : sites) {
			List<Long> times = site.hits().stream().filter(h -> !h.path().equals("/robots.txt"))
					.map(LocalSite.Hit::nanos).sorted().toList();
			assertThat(times).as(site.base()).hasSize(site == home ? 1 + PAGES_PER_HOST : PAGES_PER_HOST);
			for (int i = 1; i < times.size(); i++) {
				assertThat(Duration.ofNanos(times.get(i) - times.get(i - 1))).as(site.base() + " request " + i)
						.isGreaterThanOrEqualTo(DELAY);
			}
		}
	}

	@Test
	void waitsForTheDelayAndRobotsTxtOfTheHostARedirectLeadsTo() throws Exception {
		LocalSite home = sites.get(0);
		LocalSite other = sites.get(1);
		other.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private\nCrawl-delay: 0.3\n".getBytes());
		List<String> hops = new ArrayList<>();
		for (int i = 1; i <= 3; i++) {
			home.redirect("/go/" + i, other.base() + "/post/" + i);
			other.html("/post/" + i, "<!DOCTYPE html><html><body><p>Post " + i + "</p></body></html>");
			hops.add("/go/" + i);
		}
		home.redirect("/go/secret", other.base() + "/private/secret");
		other.html("/private/secret", "<!DOCTYPE html><html><body><p>secret</p></body></html>");
		hops.add("/go/secret");
		home.html("/", links(hops));

		// No delay of the source's own: only the redirect target's robots.txt spaces the requests there.
		CrawlSummary summary = crawl(CrawlPlan.of(source(home, "/", 0)));

		assertThat(other.hits("/private/secret")).isEmpty();
		assertThat(summary.skipped().get(home.base() + "/go/secret"))
				.isEqualTo(other.base() + "/private/secret: disallowed by robots.txt");
		List<Long> times = other.hits().stream().filter(h -> h.path().startsWith("/post/")).map(LocalSite.Hit::nanos)
				.sorted().toList();
		assertThat(times).hasSize(3);
		for (int i = 1; i < times.size(); i++) {
			assertThat(Duration.ofNanos(times.get(i) - times.get(i - 1))).isGreaterThanOrEqualTo(Duration.ofMillis(300));
		}
	}
}
