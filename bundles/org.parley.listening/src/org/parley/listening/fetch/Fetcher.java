package org.parley.listening.fetch;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches one URL over HTTP(S) with the JDK's {@link HttpClient}, within the limits of its {@link FetchSettings}:
 * timeouts and a total time budget per page, a body size cap, guarded gzip/deflate decoding, redirects followed by
 * us (each hop checked again), retries with backoff on 429/503 and conditional requests. It never throws for what a
 * server does; everything ends in a {@link FetchResult}. Thread-safe; one instance serves a whole crawl.
 */
public final class Fetcher implements AutoCloseable {

	private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

	private final FetchSettings settings;
	private final HttpClient client;
	private final ContentDecoder decoder;

	public Fetcher(FetchSettings settings) {
		this.settings = settings;
		this.decoder = new ContentDecoder(settings.maxDecodedBytes(), settings.maxCompressionRatio());
		// Redirects are ours to follow: the client would not re-check robots.txt or count loops the way we need.
		this.client = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
				.followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();
	}

	public FetchSettings settings() {
		return settings;
	}

	/** Fetches {@code url} unconditionally, allowing every redirect target. */
	public FetchResult fetch(URI url) {
		return fetch(url, CacheValidators.NONE, HopCheck.ANY);
	}

	/** Fetches {@code url} with every request let through at once. */
	public FetchResult fetch(URI url, CacheValidators validators, HopCheck check) {
		return fetch(url, validators, check, RequestGate.OPEN);
	}

	/**
	 * Fetches {@code url}.
	 *
	 * @param validators sent as {@code If-None-Match} / {@code If-Modified-Since}; a 304 answer gives
	 *            {@link FetchOutcome#UNCHANGED}
	 * @param check asked before the first request and before every redirect hop
	 * @param gate entered before each request (first, redirect hop, retry) to the host it goes to; the time spent
	 *            waiting there does not count against the page budget
	 */
	public FetchResult fetch(URI url, CacheValidators validators, HopCheck check, RequestGate gate) {
		return new Attempt(url, validators, check, gate).run();
	}

	@Override
	public void close() {
		client.close();
	}

	/** The state of one page's fetch: where we are, what we have seen, how much time is left. */
	private final class Attempt {
		private final URI requested;
		private final CacheValidators validators;
		private final HopCheck check;
		private final RequestGate gate;
		private final Instant startedAt = Instant.now();
		private final long startNanos = System.nanoTime();
		private long deadlineNanos;
		private final Set<URI> visited = new LinkedHashSet<>();
		private URI current;
		private int status;
		private Map<String, List<String>> headers = Map.of();

		Attempt(URI url, CacheValidators validators, HopCheck check, RequestGate gate) {
			this.requested = url;
			this.current = url;
			this.validators = validators;
			this.check = check;
			this.gate = gate;
			this.deadlineNanos = startNanos + settings.pageBudget().toNanos();
		}

		FetchResult run() {
			int retries = 0;
			while (true) {
				String scheme = current.getScheme() == null ? "" : current.getScheme().toLowerCase(Locale.ROOT);
				if (!scheme.equals("http") && !scheme.equals("https")) {
					return end(FetchOutcome.SKIPPED, "only http and https are fetched");
				}
				String refusal = check.refusal(current);
				if (refusal != null) {
					return end(FetchOutcome.SKIPPED, refusal);
				}
				visited.add(current);
				HttpResponse<BodyCollector.Body> response;
				long waitStart = System.nanoTime();
				try (PolitenessScheduler.Permit permit = gate.enter(current)) {
					// Waiting for the host's turn is politeness, not the server's slowness.
					deadlineNanos += System.nanoTime() - waitStart;
					response = exchange();
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					return end(FetchOutcome.FAILED, "interrupted while waiting for the host's turn");
				} catch (FailedExchange e) {
					return end(e.outcome, e.getMessage());
				}
				status = response.statusCode();
				headers = lowerCase(response.headers());
				String location = response.headers().firstValue("location").orElse(null);
				if (REDIRECTS.contains(status) && location != null) {
					URI target;
					try {
						target = current.resolve(location.trim());
					} catch (IllegalArgumentException e) {
						return end(FetchOutcome.FAILED, "redirect to an invalid URL \"" + location + "\"");
					}
					if (visited.contains(target)) {
						return end(FetchOutcome.FAILED, "redirect loop " + visited + " -> " + target);
					}
					if (visited.size() > settings.maxRedirects()) {
						return end(FetchOutcome.FAILED, "more than " + settings.maxRedirects() + " redirects");
					}
					current = target;
					continue;
				}
				if (status == 304) {
					return end(FetchOutcome.UNCHANGED, null);
				}
				if (status == 429 || status == 503) {
					if (retries >= settings.maxRetries()) {
						return end(FetchOutcome.FAILED, "HTTP " + status + " after " + retries + " retries");
					}
					Duration wait = RetryAfter.parse(response.headers().firstValue("retry-after").orElse(null),
							Instant.now());
					if (wait == null) {
						wait = settings.retryBaseDelay().multipliedBy(1L << retries);
					}
					if (wait.compareTo(settings.maxRetryWait()) > 0) {
						return end(FetchOutcome.FAILED, "HTTP " + status + " asks to retry after " + wait.toSeconds()
								+ " s, longer than the " + settings.maxRetryWait().toSeconds() + " s we wait");
					}
					if (System.nanoTime() + wait.toNanos() > deadlineNanos) {
						return end(FetchOutcome.FAILED, "HTTP " + status + ": retrying would exceed the page budget of "
								+ settings.pageBudget().toMillis() + " ms");
					}
					if (!pause(wait)) {
						return end(FetchOutcome.FAILED, "interrupted while waiting to retry");
					}
					retries++;
					continue;
				}
				if (status < 200 || status > 299) {
					return end(FetchOutcome.FAILED, "HTTP " + status);
				}
				BodyCollector.Body body = response.body();
				if (body.truncated()) {
					return end(FetchOutcome.SKIPPED, "too large: more than " + settings.maxBodyBytes() + " bytes");
				}
				try {
					byte[] decoded = decoder.decode(response.headers().firstValue("content-encoding").orElse(null),
							body.bytes());
					return new FetchResult(requested, current, FetchOutcome.FETCHED, status, headers, decoded,
							response.headers().firstValue("content-type").orElse(null), startedAt, elapsed(),
							sha256(decoded), null);
				} catch (ContentDecoder.DecodingException e) {
					return end(e.bomb ? FetchOutcome.SKIPPED : FetchOutcome.FAILED, e.getMessage());
				}
			}
		}

		/** One request and its capped body, given up on when data stops coming or the page budget runs out. */
		private HttpResponse<BodyCollector.Body> exchange() throws FailedExchange {
			long remaining = deadlineNanos - System.nanoTime();
			if (remaining <= 0) {
				throw budgetExceeded();
			}
			HttpRequest.Builder request = HttpRequest.newBuilder(current).GET()
					.timeout(Duration.ofNanos(Math.min(remaining, settings.readTimeout().toNanos())))
					.header("User-Agent", settings.userAgent()).header("Accept-Encoding", "gzip, deflate")
					.header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
			if (current.equals(requested) && validators.etag() != null) {
				request.header("If-None-Match", validators.etag());
			}
			if (current.equals(requested) && validators.lastModified() != null) {
				request.header("If-Modified-Since", validators.lastModified());
			}
			BodyCollector[] collector = new BodyCollector[1];
			long requestNanos = System.nanoTime();
			CompletableFuture<HttpResponse<BodyCollector.Body>> future = client.sendAsync(request.build(), info -> {
				long length = info.headers().firstValueAsLong("content-length").orElse(-1);
				collector[0] = length > settings.maxBodyBytes() ? BodyCollector.refusing()
						: new BodyCollector(settings.maxBodyBytes());
				return collector[0];
			});
			long readTimeout = settings.readTimeout().toNanos();
			while (true) {
				long left = deadlineNanos - System.nanoTime();
				if (left <= 0) {
					abort(future, collector[0]);
					throw budgetExceeded();
				}
				try {
					return future.get(Math.min(left, readTimeout), TimeUnit.NANOSECONDS);
				} catch (TimeoutException e) {
					long lastData = collector[0] == null ? requestNanos : collector[0].lastDataNanos();
					if (System.nanoTime() - lastData >= readTimeout) {
						abort(future, collector[0]);
						throw new FailedExchange(FetchOutcome.FAILED,
								"no data for " + settings.readTimeout().toMillis() + " ms (read timeout)");
					}
				} catch (InterruptedException e) {
					abort(future, collector[0]);
					Thread.currentThread().interrupt();
					throw new FailedExchange(FetchOutcome.FAILED, "interrupted");
				} catch (ExecutionException e) {
					throw failure(e.getCause());
				}
			}
		}

		private FailedExchange failure(Throwable cause) {
			if (cause instanceof HttpTimeoutException) {
				return new FailedExchange(FetchOutcome.FAILED,
						"no response within " + settings.readTimeout().toMillis() + " ms");
			}
			if (cause instanceof ConnectException) {
				return new FailedExchange(FetchOutcome.FAILED, "cannot connect: " + cause.getMessage());
			}
			if (cause instanceof IOException) {
				return new FailedExchange(FetchOutcome.FAILED, "I/O error: " + cause);
			}
			return new FailedExchange(FetchOutcome.FAILED, "unexpected failure: " + cause);
		}

		private FailedExchange budgetExceeded() {
			return new FailedExchange(FetchOutcome.FAILED,
					"took longer than the page budget of " + settings.pageBudget().toMillis() + " ms");
		}

		private FetchResult end(FetchOutcome outcome, String reason) {
			String text = reason == null ? null : current + ": " + reason;
			return new FetchResult(requested, current, outcome, status, headers, new byte[0],
					headers.containsKey("content-type") ? headers.get("content-type").get(0) : null, startedAt,
					elapsed(), null, text);
		}

		private Duration elapsed() {
			return Duration.ofNanos(System.nanoTime() - startNanos);
		}
	}

	private static void abort(CompletableFuture<?> future, BodyCollector collector) {
		if (collector != null) {
			collector.cancel();
		}
		future.cancel(true);
	}

	private static boolean pause(Duration wait) {
		try {
			// A plain sleep is the right tool here: nothing else can happen for this page until the server is ready.
			Thread.sleep(wait);
			return true;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static Map<String, List<String>> lowerCase(HttpHeaders headers) {
		Map<String, List<String>> map = new TreeMap<>();
		headers.map().forEach((name, values) -> map.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
		return map;
	}

	/** The lower-case hex SHA-256 of {@code bytes}. */
	public static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e);
		}
	}

	/** Ends an exchange early with an outcome and a reason. */
	private static final class FailedExchange extends Exception {
		private static final long serialVersionUID = 1L;
		final FetchOutcome outcome;

		FailedExchange(FetchOutcome outcome, String message) {
			super(message);
			this.outcome = outcome;
		}
	}
}
