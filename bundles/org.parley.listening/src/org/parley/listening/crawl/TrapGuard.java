package org.parley.listening.crawl;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/**
 * Keeps a crawl out of crawler traps: URLs whose paths grow without end (relative links that stack up segments),
 * repeat a segment, carry an explosion of query parameters, or are one more of a run of URLs that differ only in
 * numbers (an endless calendar: {@code ?month=2026-11}, {@code ?month=2026-12}, …). Not thread-safe: one per crawl.
 *
 * @see #refusal(String)
 */
public final class TrapGuard {

	/** The limits; {@link #defaults()} lets ordinary sites through. */
	public record Limits(int maxUrlLength, int maxPathSegments, int maxSegmentRepeats, int maxQueryParameters,
			int maxPerShape) {
		public static Limits defaults() {
			return new Limits(1024, 16, 2, 10, 200);
		}
	}

	private final Limits limits;
	private final Map<String, Integer> shapes = new HashMap<>();

	public TrapGuard(Limits limits) {
		this.limits = limits;
	}

	/**
	 * Judges a URL about to enter the frontier and, when it passes, counts it towards its shape.
	 *
	 * @return {@code null} to let it in, else which trap it looks like
	 */
	public String refusal(String url) {
		if (url.length() > limits.maxUrlLength()) {
			return "trap: URL longer than " + limits.maxUrlLength() + " characters";
		}
		URI uri = URI.create(url);
		String path = uri.getRawPath() == null ? "" : uri.getRawPath();
		String[] segments = path.split("/");
		long count = java.util.Arrays.stream(segments).filter(s -> !s.isEmpty()).count();
		if (count > limits.maxPathSegments()) {
			return "trap: more than " + limits.maxPathSegments() + " path segments";
		}
		Map<String, Integer> repeats = new HashMap<>();
		for (String segment : segments) {
			if (!segment.isEmpty() && repeats.merge(segment, 1, Integer::sum) > limits.maxSegmentRepeats()) {
				return "trap: path segment \"" + segment + "\" repeated";
			}
		}
		String query = uri.getRawQuery();
		if (query != null && query.split("&").length > limits.maxQueryParameters()) {
			return "trap: more than " + limits.maxQueryParameters() + " query parameters";
		}
		String shape = shape(uri);
		if (shapes.merge(shape, 1, Integer::sum) > limits.maxPerShape()) {
			return "trap: more than " + limits.maxPerShape() + " URLs shaped like " + shape;
		}
		return null;
	}

	/** The URL with every run of digits replaced by {@code #}: calendar and pager pages share one shape. */
	static String shape(URI uri) {
		String text = uri.getRawAuthority() + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
		return text.replaceAll("[0-9]+", "#");
	}
}
