package org.parley.cli.benchmark;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.parley.listening.alert.EmergingTermDetector;
import org.parley.listening.alert.DetectionSettings;
import org.parley.listening.alert.Observation;
import org.parley.listening.alert.TermExtractor;
import org.parley.listening.alert.TermTimeline;
import org.parley.listening.analyse.MentionAnalyser;
import org.parley.listening.store.Mention;
import org.parley.listening.store.MentionIndex;

/**
 * The analyse stage's throughput against Lucene's StandardAnalyzer tokenising the same texts in the same run:
 * indexing the mentions ({@link MentionIndex}), early warning's term extraction and timeline, and the analysis
 * itself when classifiers are wired, timed in turns with the tokenising. Mentions are real texts (every {@code *_text.txt} under the corpus folder, e.g.
 * the UMSAB tweets) repeated up to the count asked, by random (seeded) authors over ten weeks.
 */
public final class AnalysisSpeed {

	private final Path corpus;
	private final int count;
	private final MentionAnalyser analyser;
	private final String analyserNote;
	private final Stopwatch stopwatch;
	private final PrintWriter out;
	private final PrintWriter progress;

	/**
	 * @param analyser null when no classifiers are wired; {@code analyserNote} then says why
	 * @param analyserNote printed beside the analysis figure, e.g. that it was measured with test doubles
	 */
	public AnalysisSpeed(Path corpus, int count, int runs, MentionAnalyser analyser, String analyserNote,
			PrintWriter out, PrintWriter progress) {
		this.corpus = corpus;
		this.count = count;
		this.analyser = analyser;
		this.analyserNote = analyserNote;
		this.stopwatch = new Stopwatch(1, runs);
		this.out = out;
		this.progress = progress;
	}

	public void run(Path work) throws Exception {
		PeakHeap.reset();
		List<Mention> mentions = mentions(texts());
		List<String> texts = mentions.stream().map(Mention::text).toList();
		double baseline;
		double analysis = -1;
		double analysisRatio = -1;
		if (analyser != null) {
			// In turns: a busy machine slows a turn's tokenising and analysis alike, so their ratio holds.
			progress.println("benchmark: " + mentions.size() + " mentions; StandardAnalyzer and analysis in turns");
			Stopwatch.Turns turns = stopwatch.inTurns(() -> tokenise(texts),
					List.of(() -> mentions.forEach(analyser::analyse)));
			baseline = turns.baselineMillis();
			analysis = turns.millis().get(0);
			analysisRatio = turns.ratios().get(0);
		} else {
			progress.println("benchmark: " + mentions.size() + " mentions; StandardAnalyzer");
			baseline = stopwatch.medianMillis(() -> { }, () -> tokenise(texts));
		}
		progress.println("benchmark: index");
		int[] round = { 0 };
		Path[] folder = new Path[1];
		double index = stopwatch.medianMillis(() -> folder[0] = work.resolve("index-" + round[0]++),
				() -> new MentionIndex(folder[0]).update(mentions));
		progress.println("benchmark: early warning terms");
		TermExtractor extractor = TermExtractor.shipped();
		double terms = stopwatch.medianMillis(() -> { }, () -> texts.forEach(extractor::terms));
		List<Observation> observations = mentions.stream()
				.map(m -> new Observation(m.id(), m.author(), Instant.parse(m.date()), m.text())).toList();
		Instant end = observations.stream().map(Observation::time).max(Instant::compareTo).orElseThrow().plusSeconds(1);
		double warning = stopwatch.medianMillis(() -> { }, () -> new EmergingTermDetector(DetectionSettings.defaults())
				.detect(TermTimeline.of(observations, extractor), end));
		long peak = PeakHeap.megabytes();
		out.printf(Locale.ROOT, "Analysis speed: %d mentions from %d distinct texts of %s%n", mentions.size(),
				texts.stream().distinct().count(), corpus);
		out.printf(Locale.ROOT, "%-40s %10s %12s %8s  %s%n", "phase", "ms", "mentions/s", "ratio", "note");
		row("StandardAnalyzer tokenising (baseline)", baseline, baseline, "");
		row("MentionIndex.update (Lucene index)", index, baseline, "");
		row("early warning: term extraction", terms, baseline, "");
		row("early warning: timeline + detect", warning, baseline, "");
		if (analysis >= 0) {
			rowWithRatio("MentionAnalyser.analyse", analysis, analysisRatio, analyserNote + "; ratio: median of turns");
		} else {
			out.printf(Locale.ROOT, "%-40s %10s %12s %8s  %s%n", "MentionAnalyser.analyse", "-", "-", "-", analyserNote);
		}
		out.printf(Locale.ROOT, "%-40s %10d %12s %8s  %s%n", "peak heap MB (pool peaks)", peak, "", "",
				"heap limit " + PeakHeap.maxMegabytes() + " MB");
	}

	private void row(String phase, double millis, double baseline, String note) {
		rowWithRatio(phase, millis, millis / baseline, note);
	}

	private void rowWithRatio(String phase, double millis, double ratio, String note) {
		out.printf(Locale.ROOT, "%-40s %10.0f %12.0f %8.2f  %s%n", phase, millis, count / (millis / 1000), ratio, note);
	}

	private List<String> texts() throws IOException {
		List<String> texts = new ArrayList<>();
		try (Stream<Path> walk = Files.walk(corpus)) {
			for (Path file : walk.filter(p -> p.getFileName().toString().endsWith("_text.txt")).sorted().toList()) {
				Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).forEach(texts::add);
			}
		}
		if (texts.isEmpty()) {
			throw new NoTextsException("no texts (*_text.txt files, one text a line) under " + corpus);
		}
		return texts;
	}

	private List<Mention> mentions(List<String> texts) {
		Random random = new Random(42);
		Instant start = Instant.parse("2027-01-04T00:00:00Z");
		List<Mention> mentions = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			Instant time = start.plusSeconds(random.nextInt(70 * 86_400));
			String url = "https://social.example/x/" + i;
			mentions.add(new Mention(Mention.idFor(url, "post"), "X", url, url, null, "author-" + random.nextInt(20_000),
					time.toString(), null, texts.get(i % texts.size()), time.toString(), 200, null, "benchmark"));
		}
		return mentions;
	}

	private static void tokenise(List<String> texts) throws IOException {
		try (Analyzer analyzer = new StandardAnalyzer()) {
			for (String text : texts) {
				try (TokenStream tokens = analyzer.tokenStream("text", new StringReader(text))) {
					tokens.reset();
					while (tokens.incrementToken()) {
						// only the tokenising costs
					}
					tokens.end();
				}
			}
		}
	}

	/** The corpus folder holds no texts. */
	public static final class NoTextsException extends IOException {
		private static final long serialVersionUID = 1L;

		NoTextsException(String message) {
			super(message);
		}
	}
}
