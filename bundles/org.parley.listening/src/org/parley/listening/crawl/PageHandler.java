package org.parley.listening.crawl;

import java.io.IOException;

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
}
