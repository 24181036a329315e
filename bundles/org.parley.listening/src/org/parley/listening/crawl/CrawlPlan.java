package org.parley.listening.crawl;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.parley.listening.fetch.PolitenessScheduler;
import org.parley.model.ListeningSource;
import org.parley.model.SourceKind;

/**
 * How far and how politely to crawl one source: the model's {@link ListeningSource} settings plus the crawler's own
 * bounds against traps.
 *
 * @param name the source's name, for messages
 * @param start where crawling starts
 * @param startKind what the start URL holds (a page, a feed or a sitemap)
 * @param includes regular expressions of URLs to follow; none for everything under the start URL
 * @param excludes regular expressions of URLs never to follow
 * @param maxPages the most URLs visited in one round
 * @param maxDepth the most links followed from the start URL (pagination links do not count)
 * @param delay the least time between two requests to one host, zero for none; robots.txt may ask for more
 * @param maxPageRun the most pagination links followed in a row
 * @param traps the limits against crawler traps
 * @param robotsSitemaps whether the sitemaps named in the start host's robots.txt seed the crawl too (their pages are
 *            followed like the start page's links, within the same scope and depth)
 */
public record CrawlPlan(String name, URI start, FrontierEntry.Kind startKind, List<String> includes,
		List<String> excludes, int maxPages, int maxDepth, Duration delay, int maxPageRun, TrapGuard.Limits traps,
		boolean robotsSitemaps) {

	/** How many "next page" links are followed in a row unless told otherwise. */
	public static final int DEFAULT_MAX_PAGE_RUN = 50;

	/**
	 * The plan for a source of the model.
	 *
	 * @throws IllegalArgumentException naming the source when its URL is not an absolute http(s) URL
	 */
	public static CrawlPlan of(ListeningSource source) {
		String url = source.getUrl();
		URI start;
		try {
			start = URI.create(url == null ? "" : url.trim());
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("source \"" + source.getName() + "\": invalid URL \"" + url + "\"", e);
		}
		if (start.getHost() == null || !("http".equalsIgnoreCase(start.getScheme())
				|| "https".equalsIgnoreCase(start.getScheme()))) {
			throw new IllegalArgumentException(
					"source \"" + source.getName() + "\": \"" + url + "\" is not an http or https URL");
		}
		FrontierEntry.Kind kind = source.getKind() == SourceKind.FEED ? FrontierEntry.Kind.FEED
				: source.getKind() == SourceKind.SITEMAP ? FrontierEntry.Kind.SITEMAP : FrontierEntry.Kind.PAGE;
		// 0 is a deliberate choice (a local site, a benchmark); only a negative delay means "not set".
		Duration delay = source.getPolitenessDelayMillis() >= 0 ? Duration.ofMillis(source.getPolitenessDelayMillis())
				: PolitenessScheduler.DEFAULT_DELAY;
		// A forum's or blog's sitemap lists its threads and posts, often more of them than the links reach; a feed or
		// sitemap source already names its list, and a source of one page (depth 0) wants nothing else.
		boolean robotsSitemaps = kind == FrontierEntry.Kind.PAGE && source.getMaxDepth() > 0;
		return new CrawlPlan(source.getName(), start, kind, List.copyOf(source.getIncludePatterns()),
				List.copyOf(source.getExcludePatterns()), source.getMaxPages(), source.getMaxDepth(), delay,
				DEFAULT_MAX_PAGE_RUN, TrapGuard.Limits.defaults(), robotsSitemaps);
	}

	public CrawlPlan withMaxPages(int value) {
		return new CrawlPlan(name, start, startKind, includes, excludes, value, maxDepth, delay, maxPageRun, traps,
				robotsSitemaps);
	}

	public CrawlPlan withDelay(Duration value) {
		return new CrawlPlan(name, start, startKind, includes, excludes, maxPages, maxDepth, value, maxPageRun, traps,
				robotsSitemaps);
	}

	public CrawlPlan withMaxPageRun(int value) {
		return new CrawlPlan(name, start, startKind, includes, excludes, maxPages, maxDepth, delay, value, traps,
				robotsSitemaps);
	}

	public CrawlPlan withTraps(TrapGuard.Limits value) {
		return new CrawlPlan(name, start, startKind, includes, excludes, maxPages, maxDepth, delay, maxPageRun, value,
				robotsSitemaps);
	}

	public CrawlPlan withRobotsSitemaps(boolean value) {
		return new CrawlPlan(name, start, startKind, includes, excludes, maxPages, maxDepth, delay, maxPageRun, traps,
				value);
	}
}
