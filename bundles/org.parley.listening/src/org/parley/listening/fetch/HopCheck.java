package org.parley.listening.fetch;

import java.net.URI;

/**
 * Decides whether the {@link Fetcher} may request a URL: the first one and every redirect target, so that a redirect
 * cannot lead around robots.txt or out of the crawl's scope.
 */
@FunctionalInterface
public interface HopCheck {

	/** Allows every http(s) URL. */
	HopCheck ANY = url -> null;

	/**
	 * @return {@code null} to allow the request, or why it is refused (e.g. "disallowed by robots.txt")
	 */
	String refusal(URI url);
}
