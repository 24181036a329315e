package org.parley.listening.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.listening.analyse.Tagger;
import org.parley.listening.lang.NgramLanguageIdentifier;

/**
 * The language, tags and brands of 4,774 real posts (UMSAB tweets and the customer-service test posts) with the
 * sample project's queries, against what the code read before it was made faster
 * ({@code data/analysis/language-tags-brands.tsv}): speed work must not change a single one.
 */
class LanguageAndTagsRegressionTest {

	@Test
	void identifiesTagsAndFindsBrandsExactlyAsBeforeTheSpeedWork(@TempDir Path dir) throws IOException {
		QueryTagger tagger = QueryTagger.of(SampleTagger.loadSample(dir));
		NgramLanguageIdentifier languages = NgramLanguageIdentifier.shipped();
		List<String> lines = Files.readAllLines(expectedFile(), StandardCharsets.UTF_8);
		int checked = 0;
		int tagged = 0;
		for (int i = 1; i < lines.size(); i++) {
			String[] expected = lines.get(i).split("\t", 4);
			String text = expected[3];
			String lang = languages.identify(text);
			Tagger.Tagging tagging = tagger.tag(text, lang);
			String tags = tagging.tags().stream().map(t -> t.kind() + ":" + t.name()).collect(Collectors.joining("|"));
			String brands = tagging.brands().stream().map(b -> b.name() + "@" + b.start() + "-" + b.end())
					.collect(Collectors.joining("|"));
			assertThat(lang + "\t" + tags + "\t" + brands).as("line %d: %s", i + 1, text)
					.isEqualTo(expected[0] + "\t" + expected[1] + "\t" + expected[2]);
			checked++;
			tagged += tags.isEmpty() && brands.isEmpty() ? 0 : 1;
		}
		assertThat(checked).isEqualTo(4774);
		assertThat(tagged).isGreaterThan(60);
	}

	private static Path expectedFile() {
		Path local = Path.of("data/analysis/language-tags-brands.tsv");
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			for (Path candidate : List.of(dir.resolve(local), dir.resolve("bundles/org.parley.listening.tests").resolve(local))) {
				if (Files.isRegularFile(candidate)) {
					return candidate;
				}
			}
		}
		throw new IllegalStateException("no " + local + " above " + Path.of("").toAbsolutePath());
	}
}
