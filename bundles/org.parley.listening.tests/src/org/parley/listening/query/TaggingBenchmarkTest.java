package org.parley.listening.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaggingBenchmarkTest {

	@TempDir
	Path projectDir;

	@Test
	void printsTaggingThroughputAgainstLuceneTokenisingTheSameTweets() {
		QueryTagger tagger = QueryTagger.of(SampleTagger.loadSample(projectDir));
		TaggingBenchmark benchmark = new TaggingBenchmark(TaggingBenchmark.umsabTweets());

		List<TaggingBenchmark.Throughput> throughputs;
		try (StandardAnalyzer analyzer = new StandardAnalyzer()) {
			throughputs = benchmark.race(List.of(TaggingBenchmark.standardAnalyzer(analyzer),
					TaggingBenchmark.tagger(tagger, 12), TaggingBenchmark.languages()));
		}
		TaggingBenchmark.print(throughputs, System.out);

		// Not a timing assertion: the passes read every tweet, and the sample's queries do find mentions in them.
		assertThat(throughputs).allSatisfy(throughput -> assertThat(throughput.texts()).isEqualTo(2 * (1839 + 324)));
		assertThat(throughputs.get(0).found()).isGreaterThan(50_000);
		assertThat(throughputs.get(1).found()).isPositive();
	}
}
