package org.parley.listening.run;

import org.parley.listening.fetch.FetchSettings;
import org.parley.listening.fetch.PolitenessScheduler;
import org.parley.model.ListeningSource;
import org.parley.model.Plan;

/**
 * What a crawl uses where a source does not say: the user agent announced to every site, the delay between two
 * requests to one host where a source sets none, and the most pages one source may take in one crawl. The
 * workbench keeps them as preferences.
 *
 * @param userAgent             the User-Agent header and the name matched in robots.txt
 * @param politenessDelayMillis for sources without a delay of their own
 * @param maxPages              the most pages of any source in one crawl: caps the sources' own limits
 */
public record CrawlDefaults(String userAgent, int politenessDelayMillis, int maxPages) {

	/** The defaults Parley ships with. */
	public static CrawlDefaults builtIn() {
		return new CrawlDefaults(FetchSettings.DEFAULT_USER_AGENT, (int) PolitenessScheduler.DEFAULT_DELAY.toMillis(),
				1000);
	}

	/** Gives the sources without a delay this delay, and caps their page limits; in memory only. */
	public void applyTo(Plan plan) {
		if (plan.getListening() == null) {
			return;
		}
		for (ListeningSource source : plan.getListening().getSources()) {
			if (source.getPolitenessDelayMillis() <= 0 && politenessDelayMillis > 0) {
				source.setPolitenessDelayMillis(politenessDelayMillis);
			}
			if (maxPages > 0 && (source.getMaxPages() <= 0 || source.getMaxPages() > maxPages)) {
				source.setMaxPages(maxPages);
			}
		}
	}

	/** The options of a crawl of all enabled sources with these defaults. */
	public ProjectCrawl.Options options() {
		String agent = userAgent == null || userAgent.isBlank() ? FetchSettings.DEFAULT_USER_AGENT : userAgent.trim();
		return new ProjectCrawl.Options(null, null, true, FetchSettings.defaults().withUserAgent(agent));
	}
}
