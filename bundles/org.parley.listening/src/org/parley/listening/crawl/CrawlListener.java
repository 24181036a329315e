package org.parley.listening.crawl;

/** Is told how a crawl advances, e.g. to drive a progress monitor or a progress line. */
@FunctionalInterface
public interface CrawlListener {

	/** Hears nothing. */
	CrawlListener NONE = progress -> {
	};

	void progress(CrawlProgress progress);
}
