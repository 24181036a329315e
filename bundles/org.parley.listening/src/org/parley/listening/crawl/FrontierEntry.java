package org.parley.listening.crawl;

/**
 * A URL waiting to be visited, with how it was reached.
 *
 * @param url the normalised URL
 * @param kind what the URL is expected to hold
 * @param depth how many links from the start URL; pagination links do not add to it
 * @param pageRun how many pagination links in a row led here
 */
public record FrontierEntry(String url, Kind kind, int depth, int pageRun) {

	/** What a URL is expected to hold, which decides how its content is read. */
	public enum Kind {
		PAGE, FEED, SITEMAP
	}
}
