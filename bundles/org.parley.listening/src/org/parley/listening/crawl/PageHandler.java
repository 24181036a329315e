package org.parley.listening.crawl;

import java.io.IOException;

import org.jsoup.nodes.Document;
import org.parley.listening.fetch.FetchResult;

/** Receives each new HTML page a crawl fetched; the extractor plugs in here. */
@FunctionalInterface
public interface PageHandler {

	/** Ignores pages. */
	PageHandler NONE = page -> {
	};

	/**
	 * @throws IOException when the page cannot be handled; the crawl records the URL as failed and goes on
	 */
	void handle(FetchResult page) throws IOException;

	/**
	 * Receives a page with its HTML as the crawl parsed it to find its links, so that a handler that reads the HTML
	 * need not parse it again; the document must be left unchanged. By default the document is ignored.
	 *
	 * @throws IOException when the page cannot be handled; the crawl records the URL as failed and goes on
	 */
	default void handle(FetchResult page, Document html) throws IOException {
		handle(page);
	}
}
