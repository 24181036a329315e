package org.parley.core.listening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.parley.core.sample.SampleProject;
import org.parley.model.ListeningSource;
import org.parley.model.Plan;
import org.parley.model.SourceKind;

class SourceCatalogTest {

	private final Plan plan = SampleProject.create();
	private final SourceCatalog catalog = new SourceCatalog(plan);

	private static SourceCatalog.NewSource source(String name, String url) {
		return new SourceCatalog.NewSource(name, url, SourceKind.FORUM, 50, 3, null, List.of("/t/.*"), List.of("\\?sort="));
	}

	@Test
	void addsASourceWithTheDefaultPolitenessDelay() {
		ListeningSource added = catalog.add(source("EE community", "https://community.ee.co.uk/"));

		assertThat(catalog.find("ee community")).contains(added);
		assertThat(added.getPolitenessDelayMillis()).isEqualTo(1000);
		assertThat(added.getKind()).isEqualTo(SourceKind.FORUM);
		assertThat(added.getIncludePatterns()).containsExactly("/t/.*");
		assertThat(added.getId()).isNotBlank();
	}

	@Test
	void refusesADuplicateNameAndLeavesThePlanAlone() {
		catalog.add(source("EE community", "https://community.ee.co.uk/"));
		int before = catalog.sources().size();

		assertThatThrownBy(() -> catalog.add(source("EE Community", "https://example.org/")))
				.hasMessageContaining("exists already");
		assertThat(catalog.sources()).hasSize(before);
	}

	@Test
	void refusesUrlsThatAreNotAbsoluteHttp() {
		assertThatThrownBy(() -> catalog.add(source("a", "ftp://example.org/"))).hasMessageStartingWith("URL:");
		assertThatThrownBy(() -> catalog.add(source("b", "/relative/path"))).hasMessageStartingWith("URL:");
	}

	@Test
	void refusesAPatternThatDoesNotCompile() {
		SourceCatalog.NewSource broken = new SourceCatalog.NewSource("c", "https://example.org/", SourceKind.BLOG,
				null, null, null, List.of("(unclosed"), List.of());

		assertThatThrownBy(() -> catalog.add(broken)).hasMessageStartingWith("--include:");
	}

	@Test
	void removesASourceByName() {
		catalog.add(source("EE community", "https://community.ee.co.uk/"));

		assertThat(catalog.remove("EE community")).isTrue();
		assertThat(catalog.find("EE community")).isEmpty();
		assertThat(catalog.remove("EE community")).isFalse();
	}
}
