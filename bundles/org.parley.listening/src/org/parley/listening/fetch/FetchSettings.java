package org.parley.listening.fetch;

import java.time.Duration;

/**
 * The limits and manners of a {@link Fetcher}: who we say we are, how long we wait, how much we read and how often we
 * try again. {@link #defaults()} suits crawling other people's sites; tests shorten the times with the {@code with…}
 * methods.
 *
 * @param userAgent the {@code User-Agent} header; its first word is also the name robots.txt rules are matched against
 * @param connectTimeout the longest wait for a TCP connection
 * @param readTimeout the longest wait for the response headers and, after them, between two chunks of the body
 * @param pageBudget the longest time one page may take in all, including its redirects and retries
 * @param maxBodyBytes the most bytes read from the wire per response; beyond it the page is dropped as too large
 * @param maxDecodedBytes the most bytes a compressed body may decode to
 * @param maxCompressionRatio the largest decoded-to-compressed ratio accepted, against decompression bombs
 * @param maxRedirects the most redirects followed per page
 * @param maxRetries the most retries after 429 or 503
 * @param retryBaseDelay the first backoff delay when the server does not say how long to wait; doubled each retry
 * @param maxRetryWait the longest wait before one retry; a server asking for more is given up on
 */
public record FetchSettings(String userAgent, Duration connectTimeout, Duration readTimeout, Duration pageBudget,
		long maxBodyBytes, long maxDecodedBytes, int maxCompressionRatio, int maxRedirects, int maxRetries,
		Duration retryBaseDelay, Duration maxRetryWait) {

	/** The user agent Parley announces unless told otherwise. */
	public static final String DEFAULT_USER_AGENT = "Parley/0.1.0 (+https://github.com/parley)";

	/** Settings for crawling the open web. */
	public static FetchSettings defaults() {
		return new FetchSettings(DEFAULT_USER_AGENT, Duration.ofSeconds(10), Duration.ofSeconds(20),
				Duration.ofSeconds(60), 10L << 20, 20L << 20, 100, 5, 2, Duration.ofSeconds(2), Duration.ofSeconds(60));
	}

	/** The name robots.txt groups are matched against: the user agent's product token, e.g. {@code parley}. */
	public String robotName() {
		String token = userAgent.split("[/\\s]", 2)[0];
		return token.toLowerCase(java.util.Locale.ROOT);
	}

	public FetchSettings withUserAgent(String value) {
		return new FetchSettings(value, connectTimeout, readTimeout, pageBudget, maxBodyBytes, maxDecodedBytes,
				maxCompressionRatio, maxRedirects, maxRetries, retryBaseDelay, maxRetryWait);
	}

	public FetchSettings withTimeouts(Duration connect, Duration read, Duration budget) {
		return new FetchSettings(userAgent, connect, read, budget, maxBodyBytes, maxDecodedBytes, maxCompressionRatio,
				maxRedirects, maxRetries, retryBaseDelay, maxRetryWait);
	}

	public FetchSettings withSizeLimits(long body, long decoded, int ratio) {
		return new FetchSettings(userAgent, connectTimeout, readTimeout, pageBudget, body, decoded, ratio, maxRedirects,
				maxRetries, retryBaseDelay, maxRetryWait);
	}

	public FetchSettings withRetries(int retries, Duration baseDelay, Duration maxWait) {
		return new FetchSettings(userAgent, connectTimeout, readTimeout, pageBudget, maxBodyBytes, maxDecodedBytes,
				maxCompressionRatio, maxRedirects, retries, baseDelay, maxWait);
	}
}
