package org.parley.listening.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class SitemapReaderTest {

	private final SitemapReader reader = new SitemapReader();

	@Test
	void readsThePagesOfASitemap() throws IOException {
		String xml = """
				<?xml version="1.0" encoding="UTF-8"?>
				<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
				<url><loc>http://site.example/t/1</loc></url>
				<url><loc>http://site.example/t/2</loc><lastmod>2026-11-20</lastmod></url>
				</urlset>""";

		var sitemap = reader.read(xml.getBytes(StandardCharsets.UTF_8), "application/xml",
				"http://site.example/sitemap.xml");

		assertThat(sitemap.pages()).containsExactlyInAnyOrder("http://site.example/t/1", "http://site.example/t/2");
		assertThat(sitemap.sitemaps()).isEmpty();
	}

	@Test
	void readsTheSitemapsOfAnIndex() throws IOException {
		String xml = """
				<?xml version="1.0" encoding="UTF-8"?>
				<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
				<sitemap><loc>http://site.example/sitemap-1.xml</loc></sitemap>
				<sitemap><loc>http://site.example/sitemap-2.xml</loc></sitemap>
				</sitemapindex>""";

		var sitemap = reader.read(xml.getBytes(StandardCharsets.UTF_8), "text/xml", "http://site.example/sitemap.xml");

		assertThat(sitemap.sitemaps()).containsExactlyInAnyOrder("http://site.example/sitemap-1.xml",
				"http://site.example/sitemap-2.xml");
		assertThat(sitemap.pages()).isEmpty();
	}

	@Test
	void namesTheUrlOfSomethingThatIsNoSitemap() {
		assertThatThrownBy(() -> reader.read(new byte[] { (byte) 0x89, 'P', 'N', 'G' }, "image/png",
				"http://site.example/logo.png")).isInstanceOf(IOException.class)
				.hasMessageStartingWith("http://site.example/logo.png: not a sitemap");
	}
}
