package org.parley.listening.crawl;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads the post URLs of an RSS 2.0 or Atom feed. jsoup's XML parser neither loads DTDs nor expands external
 * entities, so a hostile feed cannot read local files or reach other hosts (no XXE).
 */
public final class FeedReader {

	/** The URLs of the feed's items or entries, absolute, in feed order, each once. */
	public List<String> postUrls(byte[] xml, String feedUrl) {
		Document feed = Jsoup.parse(new String(xml, charset(xml)), feedUrl, Parser.xmlParser());
		Set<String> urls = new LinkedHashSet<>();
		for (Element item : feed.select("item")) {
			Element link = item.selectFirst("> link");
			String url = link == null ? "" : link.text().trim();
			if (url.isEmpty()) {
				Element guid = item.selectFirst("> guid");
				if (guid != null && !"false".equalsIgnoreCase(guid.attr("isPermaLink"))) {
					url = guid.text().trim();
				}
			}
			add(urls, feedUrl, url);
		}
		for (Element entry : feed.select("entry")) {
			Element alternate = entry.selectFirst("> link[rel=alternate][href]");
			if (alternate == null) {
				alternate = entry.selectFirst("> link:not([rel])[href]");
			}
			if (alternate != null) {
				add(urls, feedUrl, alternate.attr("href"));
			}
		}
		return List.copyOf(urls);
	}

	private static void add(Set<String> urls, String base, String url) {
		if (!url.isEmpty()) {
			try {
				urls.add(java.net.URI.create(base).resolve(url).toString());
			} catch (IllegalArgumentException e) {
				// A malformed link in one item must not lose the others.
			}
		}
	}

	/** The encoding named in the XML declaration, else UTF-8. */
	private static java.nio.charset.Charset charset(byte[] xml) {
		String head = new String(xml, 0, Math.min(xml.length, 200), java.nio.charset.StandardCharsets.ISO_8859_1);
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("encoding=[\"']([A-Za-z0-9._-]+)[\"']").matcher(head);
		if (m.find()) {
			try {
				return java.nio.charset.Charset.forName(m.group(1));
			} catch (IllegalArgumentException e) {
				// Unknown encoding name: UTF-8 is the XML default and the best guess.
			}
		}
		return java.nio.charset.StandardCharsets.UTF_8;
	}
}
