package org.parley.listening.run;

import java.util.HashMap;
import java.util.Map;

import org.parley.listening.crawl.CrawlListener;
import org.parley.listening.crawl.CrawlProgress;

/**
 * Adds up the progress of sources crawled at once into one report for the whole project: URLs visited, pages, stored
 * mentions and errors of all sources, the URLs still queued, and the rate since the project's crawl started. Reports
 * go to the listener one at a time, in order.
 */
final class ProgressTotals {

	private final CrawlListener listener;
	private final long startNanos = System.nanoTime();
	private final Map<Integer, CrawlProgress> bySource = new HashMap<>();
	private int mentions;

	ProgressTotals(CrawlListener listener) {
		this.listener = listener;
	}

	/** The listener for the crawl of the source at {@code index} (names need not be unique). */
	CrawlListener of(int index) {
		return progress -> report(index, progress);
	}

	/** Counts mentions a source has stored. */
	synchronized void stored(int count) {
		mentions += count;
	}

	private synchronized void report(int source, CrawlProgress progress) {
		bySource.put(source, progress);
		int visited = 0;
		int pages = 0;
		int errors = 0;
		int queued = 0;
		for (CrawlProgress p : bySource.values()) {
			visited += p.visited();
			pages += p.pages();
			errors += p.errors();
			queued += p.queued();
		}
		double seconds = (System.nanoTime() - startNanos) / 1e9;
		listener.progress(new CrawlProgress(visited, pages, mentions, errors, queued, seconds > 0 ? visited / seconds : 0,
				progress.lastUrl()));
	}
}
