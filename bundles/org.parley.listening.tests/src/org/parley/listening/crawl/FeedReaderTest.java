package org.parley.listening.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class FeedReaderTest {

	private final FeedReader reader = new FeedReader();

	@Test
	void readsTheItemLinksOfAnRss2Feed() {
		String rss = """
				<?xml version="1.0" encoding="UTF-8"?>
				<rss version="2.0"><channel><title>Blog</title><link>http://blog.example/</link>
				<item><title>One</title><link>http://blog.example/2026/11/one</link></item>
				<item><title>Two</title><guid isPermaLink="true">http://blog.example/2026/11/two</guid></item>
				<item><title>Three</title><guid isPermaLink="false">tag:blog,3</guid></item>
				</channel></rss>""";

		assertThat(reader.postUrls(rss.getBytes(StandardCharsets.UTF_8), "http://blog.example/feed"))
				.containsExactly("http://blog.example/2026/11/one", "http://blog.example/2026/11/two");
	}

	@Test
	void readsTheEntryLinksOfAnAtomFeed() {
		String atom = """
				<?xml version="1.0" encoding="utf-8"?>
				<feed xmlns="http://www.w3.org/2005/Atom"><title>Forum</title>
				<link rel="self" href="http://forum.example/atom"/>
				<entry><title>A</title><link rel="alternate" href="/t/1"/><link rel="replies" href="/t/1/replies"/></entry>
				<entry><title>B</title><link href="http://forum.example/t/2"/></entry>
				</feed>""";

		assertThat(reader.postUrls(atom.getBytes(StandardCharsets.UTF_8), "http://forum.example/atom"))
				.containsExactly("http://forum.example/t/1", "http://forum.example/t/2");
	}

	@Test
	void doesNotExpandExternalEntities() {
		String hostile = """
				<?xml version="1.0"?>
				<!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
				<rss version="2.0"><channel>
				<item><link>http://blog.example/&secret;</link></item>
				</channel></rss>""";

		var urls = reader.postUrls(hostile.getBytes(StandardCharsets.UTF_8), "http://blog.example/feed");

		assertThat(String.join(" ", urls)).doesNotContain(readHostname());
	}

	private static String readHostname() {
		try {
			return java.nio.file.Files.readString(java.nio.file.Path.of("/etc/hostname")).trim();
		} catch (java.io.IOException e) {
			return "\u0000never";
		}
	}
}
