package org.parley.listening.crawl;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the links of an HTML page with jsoup ({@code a[href]} and {@code link[rel=next]}, resolved against the page's
 * URL and {@code <base>}), and tells pagination links apart: {@code rel=next}, or anchor text such as "next", "next
 * page", "Suivant", "page suivante", "»".
 */
public final class LinkExtractor {

	private static final Pattern NEXT_TEXT = Pattern.compile(
			"(?iu)(next|next page|next »|next ›|suivant|suivante|page suivante|suivant »|»|›|>>|>)");

	/** The links of {@code html} (charset from the bytes' BOM or meta tag, else UTF-8), each URL once. */
	public List<Link> links(byte[] html, String pageUrl) {
		Document document;
		try {
			document = Jsoup.parse(new ByteArrayInputStream(html), null, pageUrl);
		} catch (IOException e) {
			throw new UncheckedIOException(pageUrl + ": cannot read the page: " + e.getMessage(), e);
		}
		return links(document);
	}

	/** The links of a parsed page, resolved against its location and {@code <base>}, each URL once. */
	public List<Link> links(Document document) {
		Map<String, Boolean> found = new LinkedHashMap<>();
		for (Element element : document.select("a[href], link[rel~=(?i)^next$][href]")) {
			String url = element.absUrl("href");
			if (url.isEmpty()) {
				continue;
			}
			found.merge(url, isNext(element), Boolean::logicalOr);
		}
		List<Link> links = new ArrayList<>();
		found.forEach((url, next) -> links.add(new Link(url, next)));
		return links;
	}

	static boolean isNext(Element element) {
		for (String rel : element.attr("rel").toLowerCase(Locale.ROOT).split("\\s+")) {
			if (rel.equals("next")) {
				return true;
			}
		}
		String text = element.text().trim().replaceAll("\\s+", " ");
		if (text.isEmpty()) {
			text = element.attr("aria-label").trim();
		}
		return NEXT_TEXT.matcher(text).matches();
	}
}
