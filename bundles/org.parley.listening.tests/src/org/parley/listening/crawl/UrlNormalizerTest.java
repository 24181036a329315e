package org.parley.listening.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UrlNormalizerTest {

	private final UrlNormalizer normalizer = new UrlNormalizer();

	@Test
	void stripsSessionIdsFromPathAndQuery() {
		assertThat(normalizer.normalize("http://forum.example/thread;jsessionid=A1B2C3?id=7"))
				.isEqualTo("http://forum.example/thread?id=7");
		assertThat(normalizer.normalize("http://forum.example/viewtopic.php?t=12&PHPSESSID=abc123"))
				.isEqualTo("http://forum.example/viewtopic.php?t=12");
		assertThat(normalizer.normalize("http://forum.example/index.php?sid=0f0f&topic=3"))
				.isEqualTo("http://forum.example/index.php?topic=3");
	}

	@Test
	void spellsOneUrlOneWay() {
		assertThat(normalizer.normalize("HTTP://Forum.Example:80/a/./b/../c#reply-3"))
				.isEqualTo("http://forum.example/a/c");
	}

	@Test
	void rejectsWhatIsNotAnHttpUrl() {
		assertThat(normalizer.normalize("mailto:someone@example.com")).isNull();
		assertThat(normalizer.normalize("javascript:void(0)")).isNull();
		assertThat(normalizer.normalize("ftp://files.example/a")).isNull();
		assertThat(normalizer.normalize("not a url")).isNull();
	}
}
