package org.parley.listening.crawl;

/**
 * Where a crawl stands, reported after each URL.
 *
 * @param visited URLs visited in this run
 * @param pages HTML pages handed over in this run
 * @param mentions mentions stored in this run, as counted by whoever stores them ({@link Crawl} itself reports 0)
 * @param errors URLs that failed in this run
 * @param queued URLs waiting in the frontier
 * @param pagesPerSecond URLs visited per second so far in this run
 * @param lastUrl the URL just visited
 */
public record CrawlProgress(int visited, int pages, int mentions, int errors, int queued, double pagesPerSecond,
		String lastUrl) {

	/** The same progress with {@code value} mentions. */
	public CrawlProgress withMentions(int value) {
		return new CrawlProgress(visited, pages, value, errors, queued, pagesPerSecond, lastUrl);
	}
}
