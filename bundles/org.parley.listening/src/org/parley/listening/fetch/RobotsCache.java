package org.parley.listening.fetch;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;

/**
 * The robots.txt rules of each host, fetched once per host (scheme, host and port) and kept for the life of the cache,
 * parsed with crawler-commons. A robots.txt that cannot be fetched follows the usual conventions: a 4xx status allows
 * everything, a 5xx status or a network failure disallows everything (the site may be in trouble; come back later).
 */
public final class RobotsCache implements HopCheck {

	private final Fetcher fetcher;
	private final String robotName;
	private final Map<String, CompletableFuture<BaseRobotRules>> rules;
	private final RequestGate gate;

	/** A cache that fetches each robots.txt at once, without waiting for a turn at its host. */
	public RobotsCache(Fetcher fetcher) {
		this(fetcher, new ConcurrentHashMap<>(), RequestGate.OPEN);
	}

	private RobotsCache(Fetcher fetcher, Map<String, CompletableFuture<BaseRobotRules>> rules, RequestGate gate) {
		this.fetcher = fetcher;
		this.robotName = fetcher.settings().robotName();
		this.rules = rules;
		this.gate = gate;
	}

	/**
	 * The same cache (rules fetched through either are shared) fetching each robots.txt through {@code gate}: a
	 * robots.txt request waits for its host's turn and starts the host's delay, as any request to the host does.
	 */
	public RobotsCache through(RequestGate robotsGate) {
		return new RobotsCache(fetcher, rules, robotsGate);
	}

	/** Whether robots.txt lets us fetch {@code url}. */
	public boolean isAllowed(URI url) {
		return rulesFor(url).isAllowed(url.toString());
	}

	/** The host's {@code Crawl-delay}, or {@link Duration#ZERO} when it sets none. */
	public Duration crawlDelay(URI url) {
		long millis = rulesFor(url).getCrawlDelay();
		return millis > 0 ? Duration.ofMillis(millis) : Duration.ZERO;
	}

	/** The sitemaps the host's robots.txt names. */
	public List<String> sitemaps(URI url) {
		return List.copyOf(rulesFor(url).getSitemaps());
	}

	@Override
	public String refusal(URI url) {
		return isAllowed(url) ? null : "disallowed by robots.txt";
	}

	private BaseRobotRules rulesFor(URI url) {
		String key = hostKey(url);
		// One future per host: concurrent callers wait for the same fetch instead of fetching robots.txt twice.
		CompletableFuture<BaseRobotRules> mine = new CompletableFuture<>();
		CompletableFuture<BaseRobotRules> existing = rules.putIfAbsent(key, mine);
		if (existing != null) {
			return existing.join();
		}
		try {
			BaseRobotRules fetched = fetchRules(URI.create(key + "/robots.txt"));
			mine.complete(fetched);
			return fetched;
		} catch (RuntimeException | Error e) {
			// Those waiting for this host must not wait forever.
			mine.completeExceptionally(e);
			rules.remove(key, mine);
			throw e;
		}
	}

	private BaseRobotRules fetchRules(URI robotsUrl) {
		SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
		FetchResult result = fetcher.fetch(robotsUrl, CacheValidators.NONE, HopCheck.ANY, gate);
		if (result.isFetched()) {
			return parser.parseContent(robotsUrl.toString(), result.body(), result.contentType(), List.of(robotName));
		}
		// No status at all (network failure) counts as a server error: better to pause than to trespass.
		return parser.failedFetch(result.status() == 0 ? 503 : result.status());
	}

	/** {@code scheme://host:port}, the unit robots.txt applies to and politeness is kept per. */
	public static String hostKey(URI url) {
		String scheme = url.getScheme().toLowerCase(Locale.ROOT);
		int port = url.getPort() >= 0 ? url.getPort() : scheme.equals("https") ? 443 : 80;
		return scheme + "://" + url.getHost().toLowerCase(Locale.ROOT) + ":" + port;
	}
}
