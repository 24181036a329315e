package org.parley.ui.tests.emf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Brand;
import org.parley.model.ContentCategory;
import org.parley.ui.emf.DeletionImpact;

class DeletionImpactTest {

	@TempDir
	Path folder;

	@Test
	void listsTheReferencesFromOtherFilesThatTheDeletionRemoves() throws IOException {
		SampleDomain sample = SampleDomain.in(folder);
		ContentCategory category = sample.plan().getStrategy().getContentCategories().get(0);

		DeletionImpact impact = DeletionImpact.of(sample.domain().getResourceSet(), List.of(category),
				sample.commands()::label, sample.commands()::featureName);

		assertThat(impact.references()).isNotEmpty().anySatisfy(line -> assertThat(line).endsWith(": Category"));
		assertThat(impact.references()).allSatisfy(line -> assertThat(line).doesNotContain("Content Category "));
	}

	@Test
	void countsWhatTheDeletedObjectsContain() throws IOException {
		SampleDomain sample = SampleDomain.in(folder);
		Brand brand = sample.plan().getStrategy().getBrands().stream().filter(b -> !b.getProducts().isEmpty())
				.findFirst().orElseThrow();

		DeletionImpact impact = DeletionImpact.of(sample.domain().getResourceSet(), List.of(brand),
				sample.commands()::label, sample.commands()::featureName);

		assertThat(impact.containedCount(List.of(brand))).isEqualTo(brand.getProducts().size());
	}
}
