package org.parley.listening.query;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.parley.listening.extract.Corpora;
import org.parley.listening.lang.NgramLanguageIdentifier;

/**
 * How fast a {@link QueryTagger} tags real posts, against Lucene's {@link StandardAnalyzer} tokenising the same
 * texts in the same run: the ratio says what the queries cost beyond reading the words once. The texts are all
 * UMSAB tweets (train and val, English and French: 4,326).
 */
final class TaggingBenchmark {

	/** Texts per second of one way of reading the texts, and what it found, so that the work cannot be skipped. */
	record Throughput(String what, int texts, double textsPerSecond, long found) {

		@Override
		public String toString() {
			return String.format(Locale.ROOT, "%-58s %,10.0f texts/s (%d texts, found %d)", what, textsPerSecond, texts,
					found);
		}
	}

	private static final int WARM_UP_PASSES = 3;
	private static final int TIMED_PASSES = 10;

	private final List<String> texts;

	TaggingBenchmark(List<String> texts) {
		this.texts = texts;
	}

	static List<String> umsabTweets() {
		List<String> texts = new ArrayList<>();
		for (String language : List.of("english", "french")) {
			for (String split : List.of("train_text.txt", "val_text.txt")) {
				Path file = Corpora.root().resolve("sentiment-umsab").resolve(language).resolve(split);
				try {
					texts.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			}
		}
		return texts;
	}

	/** One way of reading the texts; returns what it found in one text. */
	record Reader(String what, ToLongFunction<String> work) {
	}

	/** Lucene's standard tokenizer and lower-casing, reading every term. */
	static Reader standardAnalyzer(StandardAnalyzer analyzer) {
		return new Reader("Lucene StandardAnalyzer, tokens only", text -> {
			long tokens = 0;
			try (TokenStream stream = analyzer.tokenStream("text", text)) {
				CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
				stream.reset();
				while (stream.incrementToken()) {
					tokens += term.length() > 0 ? 1 : 0;
				}
				stream.end();
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			return tokens;
		});
	}

	/** Tokenising once, then every query of the tagger and the brand names, as the analyse stage does. */
	static Reader tagger(QueryTagger tagger, int queries) {
		return new Reader("QueryTagger, tokenise + " + queries + " queries + brands", text -> {
			TokenizedText tokens = TokenizedText.of(text);
			return tagger.tags(tokens, "und").size() + tagger.brands(tokens).size();
		});
	}

	/** The language identifier, for scale. */
	static Reader languages() {
		NgramLanguageIdentifier identifier = NgramLanguageIdentifier.shipped();
		return new Reader("NgramLanguageIdentifier", text -> identifier.identify(text).length());
	}

	/**
	 * Times the readers in turn, pass after pass, and keeps each one's fastest pass: taking turns spreads the
	 * load of a busy machine over all of them, so that their ratio stays meaningful.
	 */
	List<Throughput> race(List<Reader> readers) {
		long[] fastest = new long[readers.size()];
		long[] found = new long[readers.size()];
		Arrays.fill(fastest, Long.MAX_VALUE);
		for (int pass = 0; pass < WARM_UP_PASSES + TIMED_PASSES; pass++) {
			for (int r = 0; r < readers.size(); r++) {
				long start = System.nanoTime();
				found[r] = pass(readers.get(r).work());
				if (pass >= WARM_UP_PASSES) {
					fastest[r] = Math.min(fastest[r], System.nanoTime() - start);
				}
			}
		}
		List<Throughput> throughputs = new ArrayList<>();
		for (int r = 0; r < readers.size(); r++) {
			throughputs.add(new Throughput(readers.get(r).what(), texts.size(), texts.size() / (fastest[r] / 1e9),
					found[r]));
		}
		return throughputs;
	}

	private long pass(ToLongFunction<String> work) {
		long found = 0;
		for (String text : texts) {
			found += work.applyAsLong(text);
		}
		return found;
	}

	/** Prints the figures; the project folder for the sample is a temporary one. */
	public static void main(String[] args) throws IOException {
		QueryTagger tagger = QueryTagger.of(SampleTagger.loadSample(Files.createTempDirectory("parley-sample")));
		try (StandardAnalyzer analyzer = new StandardAnalyzer()) {
			print(new TaggingBenchmark(umsabTweets()).race(List.of(standardAnalyzer(analyzer), tagger(tagger, 12),
					languages())), System.out);
		}
	}

	/** Prints each throughput and the ratio of the second (tagging) to the first (Lucene). */
	static void print(List<Throughput> throughputs, PrintStream out) {
		throughputs.forEach(out::println);
		out.printf(Locale.ROOT, "tagging / StandardAnalyzer throughput ratio: %.2f%n",
				throughputs.get(1).textsPerSecond() / throughputs.get(0).textsPerSecond());
	}
}
