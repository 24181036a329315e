package org.parley.listening.run;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

import org.parley.listening.crawl.Crawl;
import org.parley.listening.crawl.CrawlListener;
import org.parley.listening.crawl.CrawlPlan;
import org.parley.listening.crawl.CrawlState;
import org.parley.listening.crawl.CrawlSummary;
import org.parley.listening.extract.AuthorPseudonymizer;
import org.parley.listening.fetch.FetchSettings;
import org.parley.listening.fetch.Fetcher;
import org.parley.listening.fetch.PolitenessScheduler;
import org.parley.listening.fetch.RobotsCache;
import org.parley.listening.store.MentionIndex;
import org.parley.listening.store.MentionStore;
import org.parley.model.ListeningSource;
import org.parley.model.Plan;

/**
 * Crawls a project's listening sources, the whole pipeline in one place: fetch politely, extract each page's
 * posts, store them as mentions (each page's mentions before the page counts as visited, so a killed crawl keeps what
 * it stored) and keep the search index up to date (in batches; see {@link IndexBatcher}). What the workbench job
 * and {@code parley crawl} both run.
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

	/**
	 * Crawls the sources, all at once: each source's crawl runs in its own thread, and the fetcher, robots.txt cache
	 * and politeness scheduler are shared, so that a host two sources have in common is still spared and no more than
	 * the scheduler's limit of requests run at once. The progress reported is the sum over the sources.
	 *
	 * @throws IOException naming the file when a crawl state or a mention file cannot be written; the other sources stop
	 *             too, keeping what they stored
	 */
	public List<SourceResult> run(CrawlListener progress, BooleanSupplier cancelled)
			throws IOException, InterruptedException {
		List<ListeningSource> sources = sources();
		List<CrawlPlan> plans = new ArrayList<>();
		for (ListeningSource source : sources) {
			CrawlPlan crawlPlan = CrawlPlan.of(source);
			plans.add(options.maxPages() != null ? crawlPlan.withMaxPages(options.maxPages()) : crawlPlan);
		}
		AuthorPseudonymizer pseudonymizer = options.pseudonymize()
				? AuthorPseudonymizer.withSecret(PseudonymKey.of(projectDir))
				: AuthorPseudonymizer.off();
		ZoneId zone = plan.getTimeZone() != null ? plan.getTimeZone() : ZoneId.of("UTC");
		MentionStore store = new MentionStore(projectDir);
		MentionIndex index = new MentionIndex(projectDir);
		ProgressTotals totals = new ProgressTotals(progress);
		AtomicBoolean broken = new AtomicBoolean();
		BooleanSupplier stop = () -> broken.get() || cancelled.getAsBoolean();
		List<Future<SourceResult>> running = new ArrayList<>();
		// Closed last, once the crawls have stopped: the mention files are sorted once per crawl, not once per page.
		try (MentionStore.Batch mentions = store.batch();
				IndexBatcher indexing = new IndexBatcher(index);
				Fetcher fetcher = new Fetcher(options.fetch());
				ExecutorService pool = Executors
						.newThreadPerTaskExecutor(Thread.ofPlatform().daemon().name("crawl source #", 1).factory())) {
			RobotsCache robots = new RobotsCache(fetcher);
			PolitenessScheduler scheduler = new PolitenessScheduler();
			for (int i = 0; i < sources.size(); i++) {
				int number = i;
				ListeningSource source = sources.get(i);
				CrawlPlan crawlPlan = plans.get(i);
				running.add(pool.submit(() -> {
					MentionsFromPages pages = new MentionsFromPages(source.getName(), zone, pseudonymizer, mentions,
							indexing, totals);
					try (CrawlState state = CrawlState.open(CrawlState.folder(projectDir, source))) {
						CrawlSummary summary = new Crawl(crawlPlan, fetcher, robots, scheduler, state).onPage(pages)
								.onProgress(totals.of(number)).cancelWhen(stop).run();
						return new SourceResult(source.getName(), summary, pages.stored());
					} catch (IOException | RuntimeException e) {
						broken.set(true);
						throw e;
					}
				}));
			}
		}
		if (Thread.interrupted()) {
			// Closing the pool stopped the crawls; each kept what it had stored.
			throw new InterruptedException(projectDir + ": crawl interrupted");
		}
		List<SourceResult> results = new ArrayList<>();
		for (Future<SourceResult> future : running) {
			try {
				results.add(future.get());
			} catch (ExecutionException e) {
				switch (e.getCause()) {
				case IOException io -> throw io;
				case InterruptedException interrupted -> throw interrupted;
				case RuntimeException runtime -> throw runtime;
				case Error error -> throw error;
				default -> throw new IOException(e.getCause());
				}
			}
		}
		return results;
	}
}
