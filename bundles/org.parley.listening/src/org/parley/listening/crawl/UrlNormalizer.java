package org.parley.listening.crawl;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import crawlercommons.filters.basic.BasicURLNormalizer;

/**
 * Brings a URL to one spelling so that the same page reached through different links is visited once: crawler-commons'
 * {@link BasicURLNormalizer} (case of scheme and host, default ports, dot segments, escaping, fragments, query order)
 * plus removal of session ids, which otherwise make every visit look like a new page.
 */
public final class UrlNormalizer {

	/** Query parameters that carry a session, not content. */
	static final List<String> SESSION_PARAMETERS = List.of("jsessionid", "JSESSIONID", "phpsessid", "PHPSESSID", "sid",
			"SID", "sessionid", "session_id", "aspsessionid", "cfid", "CFID", "cftoken", "CFTOKEN");

	/** Path parameters such as {@code ;jsessionid=ABC} (Java servlets) that some servers append to every link. */
	private static final Pattern PATH_SESSION = Pattern.compile("(?i);(jsessionid|phpsessid|sid)=[^?#/]*");

	private final BasicURLNormalizer normalizer = BasicURLNormalizer.newBuilder()
			.queryParamsToRemove(SESSION_PARAMETERS).build();

	/**
	 * @return the normalised URL, or {@code null} when {@code url} is not an absolute http(s) URL
	 */
	public String normalize(String url) {
		if (url == null) {
			return null;
		}
		String stripped = PATH_SESSION.matcher(url.trim()).replaceAll("");
		String normal = normalizer.filter(stripped);
		if (normal == null) {
			return null;
		}
		try {
			URI uri = new URI(normal);
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
				return null;
			}
		} catch (URISyntaxException e) {
			return null;
		}
		return normal;
	}
}
