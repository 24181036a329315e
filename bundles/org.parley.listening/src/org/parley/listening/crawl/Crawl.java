package org.parley.listening.crawl;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.parley.listening.extract.ContentSniffer;
import org.parley.listening.extract.SniffedContent;
import org.parley.listening.fetch.CacheValidators;
import org.parley.listening.fetch.FetchResult;
import org.parley.listening.fetch.Fetcher;
import org.parley.listening.fetch.PolitenessScheduler;
import org.parley.listening.fetch.RobotsCache;

/**
 * One run over one source: takes URLs from the frontier, checks robots.txt, waits for its turn at the host, fetches,
 * hands each new HTML page to the {@link PageHandler} and queues the page's links that are in scope, not too deep and
 * not a trap. Feeds and sitemaps add their post URLs instead. Everything is recorded in the {@link CrawlState} as it
 * happens, so a run that is cancelled or killed resumes where it stopped. URLs are visited one after the other; the
 * {@link PolitenessScheduler} shared between runs limits how many run at once overall.
 */
public final class Crawl {

	private final CrawlPlan plan;
	private final Fetcher fetcher;
	private final RobotsCache robots;
	private final PolitenessScheduler scheduler;
	private final CrawlState state;
	private final UrlNormalizer normalizer = new UrlNormalizer();
	private final UrlScope scope;
	private final TrapGuard traps;
	private final LinkExtractor links = new LinkExtractor();
	private final ContentSniffer sniffer = new ContentSniffer();
	private PageHandler handler = PageHandler.NONE;
	private CrawlListener listener = CrawlListener.NONE;
	private BooleanSupplier cancelled = () -> false;

	private Frontier frontier;
	private final Map<String, String> skipped = new LinkedHashMap<>();
	private final Map<String, String> failed = new LinkedHashMap<>();
	private int visited;
	private int pages;
	private int unchanged;

	public Crawl(CrawlPlan plan, Fetcher fetcher, RobotsCache robots, PolitenessScheduler scheduler, CrawlState state) {
		this.plan = plan;
		this.fetcher = fetcher;
		this.robots = robots;
		this.scheduler = scheduler;
		this.state = state;
		// Feeds and sitemaps list posts anywhere on their host, not only under their own folder.
		URI scopeRoot = plan.startKind() == FrontierEntry.Kind.PAGE ? plan.start() : plan.start().resolve("/");
		this.scope = new UrlScope(scopeRoot, plan.includes(), plan.excludes());
		this.traps = new TrapGuard(plan.traps());
	}

	/** Sets who receives the HTML pages. */
	public Crawl onPage(PageHandler value) {
		this.handler = value;
		return this;
	}

	/** Sets who hears of the progress. */
	public Crawl onProgress(CrawlListener value) {
		this.listener = value;
		return this;
	}

	/** Sets what is asked before each URL whether to stop. */
	public Crawl cancelWhen(BooleanSupplier value) {
		this.cancelled = value;
		return this;
	}

	/**
	 * Runs until the frontier is empty, the page limit is reached or the run is cancelled.
	 *
	 * @throws IOException naming the file when the crawl state cannot be written
	 * @throws InterruptedException when the thread is interrupted while waiting for its turn at a host
	 */
	public CrawlSummary run() throws IOException, InterruptedException {
		long start = System.nanoTime();
		if (!state.hasPending()) {
			state.startRound();
			frontier = new Frontier(List.of(), List.of());
			String seed = normalizer.normalize(plan.start().toString());
			if (seed == null) {
				throw new IllegalArgumentException(plan.name() + ": cannot crawl \"" + plan.start() + "\"");
			}
			enqueue(new FrontierEntry(seed, plan.startKind(), 0, 0));
		} else {
			frontier = new Frontier(state.pending(), state.seenUrls());
		}
		int visitedBefore = state.visitedThisRound();
		boolean stopped = false;
		while (!frontier.isEmpty() && visitedBefore + visited < plan.maxPages()) {
			if (cancelled.getAsBoolean()) {
				stopped = true;
				break;
			}
			FrontierEntry entry = frontier.poll();
			visit(entry);
			visited++;
			double seconds = (System.nanoTime() - start) / 1e9;
			listener.progress(new CrawlProgress(visited, pages, failed.size(), frontier.size(),
					seconds > 0 ? visited / seconds : 0, entry.url()));
		}
		if (!stopped) {
			state.endRound();
		}
		return new CrawlSummary(visited, pages, unchanged, Map.copyOf(skipped), Map.copyOf(failed), stopped, !stopped,
				Duration.ofNanos(System.nanoTime() - start));
	}

	@SuppressWarnings("try") // the permit is held for the fetch, not used in it
	private void visit(FrontierEntry entry) throws IOException, InterruptedException {
		String url = entry.url();
		URI uri = URI.create(url);
		if (!robots.isAllowed(uri)) {
			skip(url, url + ": disallowed by robots.txt");
			return;
		}
		Duration crawlDelay = robots.crawlDelay(uri);
		Duration delay = crawlDelay.compareTo(plan.delay()) > 0 ? crawlDelay : plan.delay();
		FetchResult result;
		try (PolitenessScheduler.Permit permit = scheduler.acquire(uri, delay)) {
			// A sitemap index's children are not remembered, so an index is always fetched whole.
			CacheValidators validators = entry.kind() == FrontierEntry.Kind.SITEMAP ? CacheValidators.NONE
					: state.validators(url);
			result = fetcher.fetch(uri, validators, hop -> {
				String refusal = robots.refusal(hop);
				// A redirect may not lead into what the source excludes; other hosts are fine (e.g. http -> https).
				return refusal != null ? refusal : plan.excludes().isEmpty() ? null : excluded(hop);
			});
		}
		switch (result.outcome()) {
		case UNCHANGED -> {
			unchanged++;
			CacheValidators old = state.validators(url);
			CacheValidators fresh = result.validators();
			state.visited(url, new CacheValidators(fresh.etag() != null ? fresh.etag() : old.etag(),
					fresh.lastModified() != null ? fresh.lastModified() : old.lastModified()), state.contentHash(url));
			// The page is the same, but what it links to may have changed: follow its links from the last visit.
			followAll(entry, state.links(url));
		}
		case SKIPPED -> skip(url, result.reason());
		case FAILED -> fail(url, result.reason());
		case FETCHED -> read(entry, result);
		}
	}

	private String excluded(URI hop) {
		String normal = normalizer.normalize(hop.toString());
		String refusal = normal == null ? null : new UrlScope(plan.start(), List.of(), plan.excludes())
				.refusal(normal);
		return refusal != null && refusal.startsWith("excluded") ? refusal : null;
	}

	private void read(FrontierEntry entry, FetchResult result) throws IOException {
		String url = entry.url();
		switch (entry.kind()) {
		case FEED -> {
			List<Link> posts = new FeedReader().postUrls(result.body(), result.finalUrl().toString()).stream()
					.map(post -> new Link(post, false)).toList();
			state.visited(url, result.validators(), result.contentHash());
			state.linked(url, posts);
			followAll(entry, posts);
		}
		case SITEMAP -> {
			SitemapReader.Sitemap sitemap;
			try {
				sitemap = new SitemapReader().read(result.body(), result.contentType(), result.finalUrl().toString());
			} catch (IOException e) {
				fail(url, e.getMessage());
				return;
			}
			for (String child : sitemap.sitemaps()) {
				String normal = normalizer.normalize(child);
				if (normal != null && !frontier.hasSeen(normal) && traps.refusal(normal) == null) {
					enqueue(new FrontierEntry(normal, FrontierEntry.Kind.SITEMAP, entry.depth(), 0));
				}
			}
			List<Link> pages = sitemap.pages().stream().map(page -> new Link(page, false)).toList();
			state.visited(url, result.validators(), result.contentHash());
			state.linked(url, pages);
			followAll(entry, pages);
		}
		case PAGE -> readPage(entry, result);
		}
	}

	private void readPage(FrontierEntry entry, FetchResult result) throws IOException {
		String url = entry.url();
		SniffedContent content = sniffer.sniff(result.body(), result.contentType());
		String type = content.mediaType();
		if (type.equals("application/rss+xml") || type.equals("application/atom+xml")) {
			// A blog links its feed from every page; the feed names the posts better than the page links do.
			read(new FrontierEntry(url, FrontierEntry.Kind.FEED, entry.depth(), entry.pageRun()), result);
			return;
		}
		if (!content.html()) {
			skip(url, result.finalUrl() + ": not HTML but " + type + " (declared " + result.contentType() + ")");
			return;
		}
		String first = state.urlWithContent(result.contentHash());
		if (first != null && !first.equals(url)) {
			skip(url, result.finalUrl() + ": same content as " + first);
			return;
		}
		try {
			handler.handle(result);
		} catch (IOException | RuntimeException e) {
			fail(url, result.finalUrl() + ": the page handler failed: " + e.getMessage());
			return;
		}
		pages++;
		// Recorded after the handover: after a kill, a page is handed over twice rather than never.
		state.visited(url, result.validators(), result.contentHash());
		List<Link> found = links.links(result.body(), result.finalUrl().toString());
		state.linked(url, found);
		followAll(entry, found);
	}

	private void followAll(FrontierEntry from, List<Link> found) throws IOException {
		for (Link link : found) {
			follow(from, link.url(), link.next());
		}
	}

	/** Queues a link of {@code from} when it is new, in scope, within the limits and no trap. */
	private void follow(FrontierEntry from, String link, boolean next) throws IOException {
		String normal = normalizer.normalize(link);
		if (normal == null || frontier.hasSeen(normal)) {
			return;
		}
		int depth = next ? from.depth() : from.depth() + 1;
		int run = next ? from.pageRun() + 1 : 0;
		if (depth > plan.maxDepth() || run > plan.maxPageRun() || scope.refusal(normal) != null) {
			return;
		}
		String trap = traps.refusal(normal);
		if (trap != null) {
			skipped.put(normal, normal + ": " + trap);
			return;
		}
		enqueue(new FrontierEntry(normal, FrontierEntry.Kind.PAGE, depth, run));
	}

	private void enqueue(FrontierEntry entry) throws IOException {
		if (frontier.offer(entry)) {
			state.queued(entry);
		}
	}

	private void skip(String url, String reason) throws IOException {
		skipped.put(url, reason);
		state.finished(url, reason);
	}

	private void fail(String url, String reason) throws IOException {
		failed.put(url, reason);
		state.finished(url, reason);
	}
}
