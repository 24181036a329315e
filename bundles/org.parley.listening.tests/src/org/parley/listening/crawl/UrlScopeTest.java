package org.parley.listening.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;

class UrlScopeTest {

	@Test
	void followsUrlsUnderTheStartFolderWhenThereAreNoIncludes() {
		UrlScope scope = new UrlScope(URI.create("http://site.example/forum/index.php"), List.of(), List.of());

		assertThat(scope.refusal("http://site.example/forum/thread-1")).isNull();
		assertThat(scope.refusal("http://site.example/shop/")).isEqualTo("not under http://site.example/forum/");
		assertThat(scope.refusal("http://other.example/forum/")).isNotNull();
	}

	@Test
	void followsOnlyIncludedUrlsAndNeverExcludedOnes() {
		UrlScope scope = new UrlScope(URI.create("http://site.example/"), List.of("/forum/", "/blog/"),
				List.of("/forum/admin"));

		assertThat(scope.refusal("http://site.example/blog/post")).isNull();
		assertThat(scope.refusal("http://site.example/shop/")).isEqualTo("matches no include pattern");
		assertThat(scope.refusal("http://site.example/forum/admin/users"))
				.isEqualTo("excluded by pattern /forum/admin");
	}

	@Test
	void namesAnInvalidPattern() {
		assertThatThrownBy(() -> new UrlScope(URI.create("http://site.example/"), List.of("(unclosed"), List.of()))
				.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"(unclosed\"");
	}
}
