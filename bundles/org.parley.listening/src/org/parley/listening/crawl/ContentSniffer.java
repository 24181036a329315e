package org.parley.listening.crawl;

import java.util.Locale;

import org.apache.tika.Tika;
import org.parley.listening.fetch.FetchResult;

/**
 * Tells HTML from everything else by looking at the bytes with Tika as well as at the {@code Content-Type} header,
 * because servers label images, archives and PDFs as {@code text/html} often enough to matter.
 */
final class ContentSniffer {

	private final Tika tika = new Tika();

	/** The media type of a fetched body as detected from its bytes and name. */
	String detect(FetchResult result) {
		String path = result.finalUrl().getPath();
		String name = path == null ? "" : path.substring(path.lastIndexOf('/') + 1);
		return tika.detect(result.body(), name);
	}

	/** Whether {@code detected} (from {@link #detect}) and the declared type together say HTML. */
	static boolean isHtml(String detected, String declaredContentType) {
		if (detected.equals("text/html") || detected.equals("application/xhtml+xml")) {
			return true;
		}
		String declared = declaredContentType == null ? ""
				: declaredContentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
		// Text that starts without a tag Tika knows is still HTML when the server says so; binary never is.
		return (declared.equals("text/html") || declared.equals("application/xhtml+xml")) && detected.startsWith("text/");
	}
}
