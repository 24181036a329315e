package org.parley.listening.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaggingBenchmarkTest {

	@TempDir
	Path projectDir;

	@Test
	void printsTaggingThroughputAgainstLuceneTokenisingTheSameTweets() {
		QueryTagger tagger = QueryTagger.of(SampleTagger.loadSample(projectDir));
		TaggingBenchmark benchmark = new TaggingBenchmark(TaggingBenchmark.umsabTweets());

		TaggingBenchmark.Throughput lucene = benchmark.standardAnalyzer();
		TaggingBenchmark.Throughput ours = benchmark.tagger(tagger, 12);
		TaggingBenchmark.Throughput languages = benchmark.languages();
		System.out.println(lucene);
		System.out.println(ours);
		System.out.println(languages);
		System.out.printf(Locale.ROOT, "tagging / StandardAnalyzer throughput ratio: %.2f%n",
				ours.textsPerSecond() / lucene.textsPerSecond());

		// Not a timing assertion: the passes read every tweet and the sample's queries do find mentions in them.
		assertThat(ours.texts()).isEqualTo(2 * (1839 + 324));
		assertThat(lucene.found()).isGreaterThan(50_000);
		assertThat(ours.found()).isPositive();
	}
}
