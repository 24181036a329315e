package org.parley.listening.crawl;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;

/**
 * Reads a sitemap (XML, text or a feed) or a sitemap index with crawler-commons' {@link SiteMapParser}.
 */
public final class SitemapReader {

	/**
	 * What a sitemap names.
	 *
	 * @param pages the page URLs of a sitemap
	 * @param sitemaps the child sitemaps of a sitemap index
	 */
	public record Sitemap(List<String> pages, List<String> sitemaps) {
	}

	/**
	 * @throws IOException naming the URL when the content is no sitemap
	 */
	public Sitemap read(byte[] content, String contentType, String url) throws IOException {
		// Not strict: a sitemap may list URLs outside its own folder, which many sites do.
		SiteMapParser parser = new SiteMapParser(false);
		AbstractSiteMap map;
		try {
			map = parser.parseSiteMap(contentType == null ? "text/xml" : contentType, content, URI.create(url).toURL());
		} catch (UnknownFormatException | MalformedURLException e) {
			throw new IOException(url + ": not a sitemap: " + e.getMessage(), e);
		}
		List<String> pages = new ArrayList<>();
		List<String> sitemaps = new ArrayList<>();
		if (map instanceof SiteMapIndex index) {
			for (AbstractSiteMap child : index.getSitemaps()) {
				sitemaps.add(child.getUrl().toString());
			}
		} else if (map instanceof SiteMap sitemap) {
			for (SiteMapURL page : sitemap.getSiteMapUrls()) {
				pages.add(page.getUrl().toString());
			}
		}
		return new Sitemap(List.copyOf(pages), List.copyOf(sitemaps));
	}
}
