package org.parley.listening.run;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.parley.listening.crawl.Crawl;
import org.parley.listening.crawl.CrawlListener;
import org.parley.listening.crawl.CrawlPlan;
import org.parley.listening.crawl.CrawlState;
import org.parley.listening.crawl.CrawlSummary;
import org.parley.listening.extract.AuthorPseudonymizer;
import org.parley.listening.extract.Extraction;
import org.parley.listening.extract.NotHtmlException;
import org.parley.listening.extract.PageExtractor;
import org.parley.listening.fetch.FetchSettings;
import org.parley.listening.fetch.Fetcher;
import org.parley.listening.fetch.PolitenessScheduler;
import org.parley.listening.fetch.RobotsCache;
import org.parley.listening.store.Mention;
import org.parley.listening.store.MentionIndex;
import org.parley.listening.store.MentionStore;
import org.parley.model.ListeningSource;
import org.parley.model.Plan;

/**
 * Crawls a project's listening sources, the whole pipeline in one place: fetch politely, extract each page's
 * posts, store them as mentions (each page's mentions before the next page, so a killed crawl keeps what it
 * stored) and keep the search index up to date. What the workbench job and {@code parley crawl} both run.
 */
public final class ProjectCrawl {

	/**
	 * @param source only the source of that name, or all enabled sources when null
	 * @param maxPages at most that many pages per source, or each source's own limit when null
	 * @param pseudonymize whether authors are stored as pseudonyms (the default)
	 */
	public record Options(String source, Integer maxPages, boolean pseudonymize, FetchSettings fetch) {

		public static Options defaults() {
			return new Options(null, null, true, FetchSettings.defaults());
		}
	}

	/** How one source's crawl went. */
	public record SourceResult(String source, CrawlSummary summary, int newMentions) {
	}

	private final Path projectDir;
	private final Plan plan;
	private final Options options;

	public ProjectCrawl(Path projectDir, Plan plan, Options options) {
		this.projectDir = projectDir;
		this.plan = plan;
		this.options = options;
	}

	/** The sources this crawl covers. @throws IllegalArgumentException naming a source that does not exist */
	public List<ListeningSource> sources() {
		List<ListeningSource> all = plan.getListening() == null ? List.of() : plan.getListening().getSources();
		if (options.source() == null) {
			return all.stream().filter(ListeningSource::isEnabled).toList();
		}
		List<ListeningSource> named = all.stream().filter(s -> options.source().equalsIgnoreCase(s.getName())).toList();
		if (named.isEmpty()) {
			throw new IllegalArgumentException("no listening source called '" + options.source() + "'");
		}
		return named;
	}

	public List<SourceResult> run(CrawlListener progress, BooleanSupplier cancelled)
			throws IOException, InterruptedException {
		AuthorPseudonymizer pseudonymizer = options.pseudonymize()
				? AuthorPseudonymizer.withSecret(PseudonymKey.of(projectDir))
				: AuthorPseudonymizer.off();
		ZoneId zone = plan.getTimeZone() != null ? plan.getTimeZone() : ZoneId.of("UTC");
		PageExtractor extractor = new PageExtractor(zone, pseudonymizer);
		MentionStore store = new MentionStore(projectDir);
		MentionIndex index = new MentionIndex(projectDir);
		MentionsOfPage mentionsOfPage = new MentionsOfPage();
		List<SourceResult> results = new ArrayList<>();
		try (Fetcher fetcher = new Fetcher(options.fetch())) {
			RobotsCache robots = new RobotsCache(fetcher);
			PolitenessScheduler scheduler = new PolitenessScheduler();
			for (ListeningSource source : sources()) {
				if (cancelled.getAsBoolean()) {
					break;
				}
				CrawlPlan crawlPlan = CrawlPlan.of(source);
				if (options.maxPages() != null) {
					crawlPlan = new CrawlPlan(crawlPlan.name(), crawlPlan.start(), crawlPlan.startKind(),
							crawlPlan.includes(), crawlPlan.excludes(), options.maxPages(), crawlPlan.maxDepth(),
							crawlPlan.delay(), crawlPlan.maxPageRun(), crawlPlan.traps());
				}
				int[] stored = { 0 };
				try (CrawlState state = CrawlState.open(CrawlState.folder(projectDir, source))) {
					CrawlSummary summary = new Crawl(crawlPlan, fetcher, robots, scheduler, state).onPage(page -> {
						Extraction extraction;
						try {
							extraction = extractor.extract(page.body(), page.contentType(), page.finalUrl().toString(),
									page.fetchedAt());
						} catch (NotHtmlException e) {
							return;
						}
						List<Mention> mentions = mentionsOfPage.of(source.getName(), page, extraction);
						stored[0] += store.add(mentions);
						index.update(mentions);
					}).onProgress(progress).cancelWhen(cancelled).run();
					results.add(new SourceResult(source.getName(), summary, stored[0]));
				}
			}
		}
		return results;
	}
}
