package org.parley.listening.fetch;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What one fetch of a URL produced, with its provenance: where we ended up after redirects, the status, headers and
 * decoded body, when it was fetched, how long it took and the SHA-256 of the body; or why there is no body.
 *
 * @param requestedUrl the URL asked for
 * @param finalUrl the URL the body came from, after redirects
 * @param outcome how the fetch ended
 * @param status the last HTTP status, or 0 when no response was received
 * @param headers the last response's headers (names in lower case)
 * @param body the decoded body; empty unless {@link FetchOutcome#FETCHED}
 * @param contentType the {@code Content-Type} header, or {@code null}
 * @param fetchedAt when the fetch started
 * @param elapsed how long it took in all
 * @param contentHash the lower-case hex SHA-256 of {@code body}, or {@code null} without a body
 * @param reason why there is no body, naming the URL and the problem; {@code null} when fetched
 */
public record FetchResult(URI requestedUrl, URI finalUrl, FetchOutcome outcome, int status,
		Map<String, List<String>> headers, byte[] body, String contentType, Instant fetchedAt, Duration elapsed,
		String contentHash, String reason) {

	/** Whether a body was fetched. */
	public boolean isFetched() {
		return outcome == FetchOutcome.FETCHED;
	}

	/** The first value of a response header, or {@code null}. */
	public String header(String name) {
		List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
		return values == null || values.isEmpty() ? null : values.get(0);
	}

	/** The validators to send on the next visit of this URL. */
	public CacheValidators validators() {
		return new CacheValidators(header("etag"), header("last-modified"));
	}

	@Override
	public String toString() {
		return outcome + " " + status + " " + (reason == null ? finalUrl : reason);
	}
}
