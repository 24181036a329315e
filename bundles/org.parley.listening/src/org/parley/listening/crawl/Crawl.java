package org.parley.listening.crawl;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;

import org.jsoup.nodes.Document;
import org.parley.listening.extract.ContentSniffer;
import org.parley.listening.extract.SniffedContent;
import org.parley.listening.fetch.CacheValidators;
import org.parley.listening.fetch.FetchResult;
import org.parley.listening.fetch.Fetcher;
import org.parley.listening.fetch.PolitenessScheduler;
import org.parley.listening.fetch.RequestGate;
import org.parley.listening.fetch.RobotsCache;

/**
 * One run over one source: takes URLs from the frontier, checks robots.txt, waits for its turn at the host, fetches,
 * hands each new HTML page to the {@link PageHandler} and queues the page's links that are in scope, not too deep and
 * not a trap. Feeds and sitemaps (the start URL's, and those the site's robots.txt names) add their post URLs instead.
 * Everything is recorded in the {@link CrawlState} as it happens, so a run that is cancelled or killed resumes where it
 * stopped.
 *
 * <p>
 * Several visitors work at once, each on a different host (a source's pages may lead to other hosts through redirects,
 * feeds and sitemaps), always on the host whose turn comes first; every request, redirect hops included, waits for its
 * host in the {@link PolitenessScheduler} shared between runs, which also limits how many run at once overall. A
 * visitor lets go of its host once the page is fetched, so that reading one page overlaps fetching the next. The page
 * handler is called from several threads at once.
 */
public final class Crawl {

	private final CrawlPlan plan;
	private final Fetcher fetcher;
	private final RobotsCache robots;
	private final PolitenessScheduler scheduler;
	private final CrawlState state;
	private final UrlNormalizer normalizer = new UrlNormalizer();
	private final UrlScope scope;
	private final UrlScope exclusions;
	private final TrapGuard traps;
	private final LinkExtractor links = new LinkExtractor();
	private final ContentSniffer sniffer = new ContentSniffer();
	private final RequestGate gate;
	private PageHandler handler = PageHandler.NONE;
	private CrawlListener listener = CrawlListener.NONE;
	private BooleanSupplier cancelled = () -> false;
	private int visitors;

	// Guarded by this crawl's monitor from here on.
	private Frontier frontier;
	private final Set<String> hostsTaken = new HashSet<>();
	/** Content hashes of pages being handed over right now, so that two copies fetched at once go over once. */
	private final Map<String, String> contentBeingHanded = new HashMap<>();
	private final Map<String, String> skipped = new LinkedHashMap<>();
	private final Map<String, String> failed = new LinkedHashMap<>();
	private long startNanos;
	private int limit;
	private int started;
	private int inFlight;
	private int visited;
	private int pages;
	private int unchanged;
	private boolean stopped;
	private Exception failure;

	public Crawl(CrawlPlan plan, Fetcher fetcher, RobotsCache robots, PolitenessScheduler scheduler, CrawlState state) {
		this.plan = plan;
		this.fetcher = fetcher;
		// robots.txt is a request to the host like any other: it waits for the host's turn. Its crawl-delay is not
		// known before it is read, so the source's delay follows it.
		this.robots = robots.through(scheduler.gate(url -> plan.delay()));
		this.scheduler = scheduler;
		this.state = state;
		// Feeds and sitemaps list posts anywhere on their host, not only under their own folder.
		URI scopeRoot = plan.startKind() == FrontierEntry.Kind.PAGE ? plan.start() : plan.start().resolve("/");
		this.scope = new UrlScope(scopeRoot, plan.includes(), plan.excludes());
		this.exclusions = new UrlScope(plan.start(), List.of(), plan.excludes());
		this.traps = new TrapGuard(plan.traps());
		this.gate = scheduler.gate(this::delayOf);
		this.visitors = scheduler.concurrency();
	}

	/** Sets who receives the HTML pages; it is called from several threads at once. */
	public Crawl onPage(PageHandler value) {
		this.handler = value;
		return this;
	}

	/** Sets who hears of the progress; it is called by one thread at a time, after each URL. */
	public Crawl onProgress(CrawlListener value) {
		this.listener = value;
		return this;
	}

	/** Sets what is asked before each URL whether to stop. */
	public Crawl cancelWhen(BooleanSupplier value) {
		this.cancelled = value;
		return this;
	}

	/** Sets how many URLs (of different hosts) may be visited at once; the scheduler's concurrency by default. */
	public Crawl visitors(int value) {
		if (value < 1) {
			throw new IllegalArgumentException("at least one visitor, not " + value);
		}
		this.visitors = value;
		return this;
	}

	/**
	 * Runs until the frontier is empty, the page limit is reached or the run is cancelled. URLs being visited when it
	 * is cancelled are finished and recorded first.
	 *
	 * @throws IOException naming the file when the crawl state cannot be written
	 * @throws InterruptedException when the thread is interrupted; what was recorded stays consistent
	 */
	public CrawlSummary run() throws IOException, InterruptedException {
		synchronized (this) {
			startNanos = System.nanoTime();
			begin();
			limit = plan.maxPages() - state.visitedThisRound();
		}
		// Platform threads: a visitor whose host's turn has come must not wait for a carrier thread busy extracting.
		try (ExecutorService pool = Executors.newThreadPerTaskExecutor(
				Thread.ofPlatform().daemon().name("crawl " + plan.name() + " #", 1).factory())) {
			for (int i = 0; i < visitors; i++) {
				pool.execute(this::work);
			}
		}
		// Closing the pool waited for the visitors; when this thread was interrupted, it stopped them first.
		if (Thread.interrupted()) {
			throw new InterruptedException(plan.name() + ": crawl interrupted");
		}
		synchronized (this) {
			if (failure instanceof IOException e) {
				throw e;
			}
			if (failure instanceof InterruptedException e) {
				throw e;
			}
			if (failure != null) {
				throw (RuntimeException) failure;
			}
			// Cancelled when nothing was left to do is finished all the same.
			boolean cancelledEarly = stopped && !frontier.isEmpty();
			if (!cancelledEarly) {
				state.endRound();
			}
			return new CrawlSummary(visited, pages, unchanged, Map.copyOf(skipped), Map.copyOf(failed), cancelledEarly,
					!cancelledEarly, Duration.ofNanos(System.nanoTime() - startNanos));
		}
	}

	/** Resumes the round under way, or starts one from the start URL and the sitemaps robots.txt names. */
	private void begin() throws IOException {
		if (state.hasPending()) {
			frontier = new Frontier(state.pending(), state.seenUrls());
			return;
		}
		state.startRound();
		frontier = new Frontier(List.of(), List.of());
		String seed = normalizer.normalize(plan.start().toString());
		if (seed == null) {
			throw new IllegalArgumentException(plan.name() + ": cannot crawl \"" + plan.start() + "\"");
		}
		enqueue(new FrontierEntry(seed, plan.startKind(), 0, 0));
		if (plan.robotsSitemaps()) {
			for (String sitemap : robots.sitemaps(plan.start())) {
				String normal = normalizer.normalize(sitemap);
				if (normal != null) {
					// A sitemap is a list, not a link: its pages are one step from the start, like the start page's links.
					enqueue(new FrontierEntry(normal, FrontierEntry.Kind.SITEMAP, 0, 0));
				}
			}
		}
	}

	/** One visitor: visits URLs until there are none left for it. */
	private void work() {
		try {
			FrontierEntry entry;
			while ((entry = next()) != null) {
				try {
					visit(entry);
				} finally {
					done(entry);
				}
			}
		} catch (Exception e) {
			synchronized (this) {
				if (failure == null) {
					failure = e;
				}
				notifyAll();
			}
		}
	}

	/** The next entry whose host nobody else in this crawl visits, waiting while all are taken; null to stop. */
	private synchronized FrontierEntry next() throws InterruptedException {
		while (true) {
			if (failure != null || Thread.currentThread().isInterrupted() || started >= limit) {
				return null;
			}
			if (stopped || cancelled.getAsBoolean()) {
				stopped = true;
				return null;
			}
			FrontierEntry entry = frontier.poll(hostsTaken::contains, scheduler::waitNanos);
			if (entry != null) {
				hostsTaken.add(Frontier.hostOf(entry));
				started++;
				inFlight++;
				return entry;
			}
			if (inFlight == 0) {
				// Nothing queued and nobody who could queue more.
				return null;
			}
			wait();
		}
	}

	/** Lets other visitors at the entry's host; its visitor calls this exactly once, as soon as the fetch is over. */
	private synchronized void releaseHost(FrontierEntry entry) {
		if (hostsTaken.remove(Frontier.hostOf(entry))) {
			notifyAll();
		}
	}

	private synchronized void done(FrontierEntry entry) {
		inFlight--;
		visited++;
		double seconds = (System.nanoTime() - startNanos) / 1e9;
		listener.progress(new CrawlProgress(visited, pages, 0, failed.size(), frontier.size(),
				seconds > 0 ? visited / seconds : 0, entry.url()));
		notifyAll();
	}

	private void visit(FrontierEntry entry) throws IOException, InterruptedException {
		String url = entry.url();
		FetchResult result;
		String sameContent = null;
		try {
			URI uri = URI.create(url);
			if (!robots.isAllowed(uri)) {
				skip(url, url + ": disallowed by robots.txt");
				return;
			}
			// A sitemap index's children are not remembered, so an index is always fetched whole.
			CacheValidators validators = entry.kind() == FrontierEntry.Kind.SITEMAP ? CacheValidators.NONE
					: validators(url);
			result = fetcher.fetch(uri, validators, this::refusal, gate);
			if (result.isFetched() && entry.kind() == FrontierEntry.Kind.PAGE) {
				// Claimed while the host is still ours: of two copies on one host, the one fetched first goes over.
				sameContent = claimContent(result.contentHash(), url);
			}
		} finally {
			releaseHost(entry);
		}
		if (Thread.currentThread().isInterrupted()) {
			unclaimContent(result.contentHash(), url);
			// Not recorded: the URL stays pending and the next run visits it.
			throw new InterruptedException(url + ": interrupted");
		}
		switch (result.outcome()) {
		case UNCHANGED -> unchanged(entry, result);
		case SKIPPED -> skip(url, result.reason());
		case FAILED -> fail(url, result.reason());
		case FETCHED -> {
			if (entry.kind() == FrontierEntry.Kind.PAGE) {
				readPage(entry, result, sameContent);
			} else {
				readList(entry, result);
			}
		}
		}
	}

	/** The delay after a request to {@code url}'s host: the source's, or the host's robots.txt crawl-delay if longer. */
	private Duration delayOf(URI url) {
		Duration crawlDelay = robots.crawlDelay(url);
		return crawlDelay.compareTo(plan.delay()) > 0 ? crawlDelay : plan.delay();
	}

	/** Asked before every request: robots.txt of the host it goes to, and the source's exclusions. */
	private String refusal(URI hop) {
		String refusal = robots.refusal(hop);
		// A redirect may not lead into what the source excludes; other hosts are fine (e.g. http -> https).
		return refusal != null ? refusal : plan.excludes().isEmpty() ? null : excluded(hop);
	}

	private String excluded(URI hop) {
		String normal = normalizer.normalize(hop.toString());
		String refusal = normal == null ? null : exclusions.refusal(normal);
		return refusal != null && refusal.startsWith("excluded") ? refusal : null;
	}

	private synchronized CacheValidators validators(String url) {
		return state.validators(url);
	}

	private synchronized void unchanged(FrontierEntry entry, FetchResult result) throws IOException {
		String url = entry.url();
		unchanged++;
		CacheValidators old = state.validators(url);
		CacheValidators fresh = result.validators();
		String hash = state.contentHash(url);
		state.batch(() -> {
			// The page is the same, but what it links to may have changed: follow its links from the last visit.
			followAll(entry, state.links(url));
			state.visited(url, new CacheValidators(fresh.etag() != null ? fresh.etag() : old.etag(),
					fresh.lastModified() != null ? fresh.lastModified() : old.lastModified()), hash);
		});
	}

	/** Reads a feed's or a sitemap's list of posts (or of sitemaps). */
	private void readList(FrontierEntry entry, FetchResult result) throws IOException {
		if (entry.kind() == FrontierEntry.Kind.FEED) {
			List<Link> posts = new FeedReader().postUrls(result.body(), result.finalUrl().toString()).stream()
					.map(post -> new Link(post, false)).toList();
			listed(entry, result, posts, List.of());
			return;
		}
		SitemapReader.Sitemap sitemap;
		try {
			sitemap = new SitemapReader().read(result.body(), result.contentType(), result.finalUrl().toString());
		} catch (IOException e) {
			fail(entry.url(), e.getMessage());
			return;
		}
		listed(entry, result, sitemap.pages().stream().map(page -> new Link(page, false)).toList(),
				sitemap.sitemaps());
	}

	/** Records a feed or sitemap: its child sitemaps and posts queued first, then the visit. */
	private synchronized void listed(FrontierEntry entry, FetchResult result, List<Link> posts, List<String> sitemaps)
			throws IOException {
		String url = entry.url();
		state.batch(() -> {
			for (String child : sitemaps) {
				String normal = normalizer.normalize(child);
				if (normal != null && !frontier.hasSeen(normal) && traps.refusal(normal) == null) {
					enqueue(new FrontierEntry(normal, FrontierEntry.Kind.SITEMAP, entry.depth(), 0));
				}
			}
			state.linked(url, posts);
			followAll(entry, posts);
			state.visited(url, result.validators(), result.contentHash());
		});
	}

	/**
	 * Reads a fetched page: a feed after all, not HTML, a copy of a page handed over already, or a new page.
	 *
	 * @param sameContent the URL that had the same content first, or {@code null} when this page has claimed it
	 */
	private void readPage(FrontierEntry entry, FetchResult result, String sameContent) throws IOException {
		String url = entry.url();
		String hash = result.contentHash();
		SniffedContent content = sniffer.sniff(result.body(), result.contentType());
		String type = content.mediaType();
		if (type.equals("application/rss+xml") || type.equals("application/atom+xml")) {
			unclaimContent(hash, url);
			// A blog links its feed from every page; the feed names the posts better than the page links do.
			readList(new FrontierEntry(url, FrontierEntry.Kind.FEED, entry.depth(), entry.pageRun()), result);
			return;
		}
		if (!content.html()) {
			unclaimContent(hash, url);
			skip(url, result.finalUrl() + ": not HTML but " + type + " (declared " + result.contentType() + ")");
			return;
		}
		if (sameContent != null) {
			skip(url, result.finalUrl() + ": same content as " + sameContent);
			return;
		}
		// Parsed once, for the links and for the handler.
		Document html = sniffer.parse(result.body(), result.contentType(), result.finalUrl().toString());
		List<Link> found = links.links(html);
		try {
			handler.handle(result, html);
		} catch (IOException | RuntimeException e) {
			unclaimContent(hash, url);
			fail(url, result.finalUrl() + ": the page handler failed: " + e.getMessage());
			return;
		}
		synchronized (this) {
			pages++;
			// Recorded after the handover: after a kill, a page is handed over twice rather than never.
			state.batch(() -> {
				state.linked(url, found);
				followAll(entry, found);
				state.visited(url, result.validators(), hash);
			});
			contentBeingHanded.remove(hash, url);
		}
	}

	/** Takes {@code hash} for {@code url}: null if it is new, else the URL that had the content first. */
	private synchronized String claimContent(String hash, String url) {
		String first = state.urlWithContent(hash);
		if (first == null) {
			first = contentBeingHanded.putIfAbsent(hash, url);
		}
		return first != null && !first.equals(url) ? first : null;
	}

	/** Gives {@code hash} up when {@code url} had claimed it but hands nothing over. */
	private synchronized void unclaimContent(String hash, String url) {
		if (hash != null) {
			contentBeingHanded.remove(hash, url);
		}
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

	private synchronized void skip(String url, String reason) throws IOException {
		skipped.put(url, reason);
		state.finished(url, reason);
	}

	private synchronized void fail(String url, String reason) throws IOException {
		failed.put(url, reason);
		state.finished(url, reason);
	}
}
