package org.parley.listening.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class LinkExtractorTest {

	@Test
	void resolvesLinksAndTellsPaginationApart() {
		String html = """
				<html><head><link rel="next" href="/thread?page=2"></head><body>
				<a href="post/1">A post</a>
				<a href="http://other.example/x">Elsewhere</a>
				<a href="/thread?page=2">2</a>
				<a href="/list?p=2">Suivant</a>
				<a href="/list?p=3"> page  suivante </a>
				<a href="/list?p=4" rel="next nofollow">4</a>
				<a href="/list?p=5">Next</a>
				<a href="mailto:a@b.c">mail</a>
				</body></html>""";

		var links = new LinkExtractor().links(html.getBytes(StandardCharsets.UTF_8), "http://forum.example/t/");

		assertThat(links).contains(new Link("http://forum.example/t/post/1", false),
				new Link("http://other.example/x", false), new Link("http://forum.example/thread?page=2", true),
				new Link("http://forum.example/list?p=2", true), new Link("http://forum.example/list?p=3", true),
				new Link("http://forum.example/list?p=4", true), new Link("http://forum.example/list?p=5", true));
	}
}
