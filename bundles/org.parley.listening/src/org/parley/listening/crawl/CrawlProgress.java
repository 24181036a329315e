package org.parley.listening.crawl;

/**
 * Where a crawl stands, reported after each URL.
 *
 * @param visited URLs visited in this run
 * @param pages HTML pages handed over in this run
 * @param errors URLs that failed in this run
 * @param queued URLs waiting in the frontier
 * @param pagesPerSecond URLs visited per second so far in this run
 * @param lastUrl the URL just visited
 */
public record CrawlProgress(int visited, int pages, int errors, int queued, double pagesPerSecond, String lastUrl) {
}
