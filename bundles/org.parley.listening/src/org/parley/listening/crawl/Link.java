package org.parley.listening.crawl;

/**
 * A link found on a page.
 *
 * @param url the absolute URL, not yet normalised
 * @param next whether it leads to the next page of the same listing or thread, which does not count as going deeper
 */
public record Link(String url, boolean next) {
}
