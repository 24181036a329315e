package org.parley.listening.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RobotsCacheTest {

	private LocalSite site;
	private Fetcher fetcher;
	private RobotsCache robots;

	@BeforeEach
	void start() throws IOException {
		site = LocalSite.start();
		fetcher = new Fetcher(FetcherTest.quick());
		robots = new RobotsCache(fetcher);
	}

	@AfterEach
	void stop() {
		fetcher.close();
		site.close();
	}

	@Test
	void disallowsWhatRobotsTxtDisallowsForParley() {
		site.page("/robots.txt", "text/plain", """
				User-agent: parley
				Disallow: /private/

				User-agent: *
				Disallow: /
				""".getBytes());

		assertThat(robots.isAllowed(site.url("/forum/thread-1"))).isTrue();
		assertThat(robots.isAllowed(site.url("/private/inbox"))).isFalse();
		assertThat(robots.refusal(site.url("/private/inbox"))).isEqualTo("disallowed by robots.txt");
	}

	@Test
	void readsTheCrawlDelay() {
		site.page("/robots.txt", "text/plain", "User-agent: *\nCrawl-delay: 2\n".getBytes());

		assertThat(robots.crawlDelay(site.url("/"))).isEqualTo(Duration.ofSeconds(2));
	}

	@Test
	void hasNoCrawlDelayWhenRobotsTxtSetsNone() {
		site.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /tmp\n".getBytes());

		assertThat(robots.crawlDelay(site.url("/"))).isEqualTo(Duration.ZERO);
	}

	@Test
	void allowsEverythingWhenRobotsTxtIsMissing() {
		assertThat(robots.isAllowed(site.url("/anything"))).isTrue();
	}

	@Test
	void disallowsEverythingWhenRobotsTxtFailsWithAServerError() {
		site.status("/robots.txt", 500);

		assertThat(robots.isAllowed(site.url("/anything"))).isFalse();
	}

	@Test
	void fetchesRobotsTxtOncePerHost() {
		site.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /x\n".getBytes());

		robots.isAllowed(site.url("/a"));
		robots.isAllowed(site.url("/b"));
		robots.crawlDelay(site.url("/c"));

		assertThat(site.hits("/robots.txt")).hasSize(1);
	}

	@Test
	void listsTheSitemapsRobotsTxtNames() {
		site.page("/robots.txt", "text/plain", ("Sitemap: " + site.base() + "/sitemap.xml\n").getBytes());

		assertThat(robots.sitemaps(site.url("/"))).containsExactly(site.base() + "/sitemap.xml");
	}
}
