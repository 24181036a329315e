package org.parley.listening.crawl;

import java.time.Duration;
import java.util.Map;

/**
 * What one run of a {@link Crawl} did.
 *
 * @param visited URLs visited (requested or refused by robots.txt)
 * @param pages HTML pages handed to the page handler
 * @param unchanged URLs the server confirmed unchanged (304)
 * @param skipped URLs not handed over on purpose, with the reason (robots.txt, not HTML, duplicate, too large, trap)
 * @param failed URLs that failed, with the reason (status, timeout, redirect loop)
 * @param cancelled whether the run stopped because it was cancelled
 * @param roundFinished whether the round ended (frontier empty or page limit reached); if not, the next run resumes it
 * @param elapsed how long the run took
 */
public record CrawlSummary(int visited, int pages, int unchanged, Map<String, String> skipped,
		Map<String, String> failed, boolean cancelled, boolean roundFinished, Duration elapsed) {

	/** URLs visited per second. */
	public double rate() {
		double seconds = elapsed.toNanos() / 1e9;
		return seconds > 0 ? visited / seconds : 0;
	}
}
