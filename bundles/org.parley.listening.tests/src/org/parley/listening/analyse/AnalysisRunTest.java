package org.parley.listening.analyse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.sample.SampleProject;
import org.parley.core.storage.ProjectStore;
import org.parley.listening.store.Mention;
import org.parley.listening.store.MentionStore;

/** The analyse stage over real tweets stored as mentions in a sample project on disk. */
class AnalysisRunTest {

	@TempDir
	Path project;

	private List<Mention> mentions;

	@BeforeEach
	void storeTweetsOverTwoMonthsAndTwoSources() throws IOException {
		ProjectStore store = new ProjectStore();
		store.save(store.create(project, SampleProject.create()));
		List<String> texts = TweetCorpus.all().subList(0, 400);
		mentions = new ArrayList<>();
		Instant start = Instant.parse("2027-01-29T08:00:00Z");
		for (int i = 0; i < texts.size(); i++) {
			mentions.add(TweetCorpus.mention("t" + i, i % 2 == 0 ? "X" : "Forum", "author-" + (i % 37),
					start.plus(Duration.ofHours(i / 4)), texts.get(i)));
		}
		new MentionStore(project).add(mentions);
	}

	@Test
	void storesOneAnalysisPerMentionBesideTheMentionsLayout() throws IOException {
		AnalysisRun.Summary summary = run("v1", false, () -> false);

		assertThat(summary.analysed()).isEqualTo(400);
		AnalysisStore analyses = new AnalysisStore(project);
		assertThat(analyses.files()).containsExactly(
				project.resolve(".parley/analysis/2027/01/forum.jsonl"), project.resolve(".parley/analysis/2027/01/x.jsonl"),
				project.resolve(".parley/analysis/2027/02/forum.jsonl"), project.resolve(".parley/analysis/2027/02/x.jsonl"));
		Map<String, MentionAnalysis> all = analyses.all();
		assertThat(all).hasSize(400).containsKeys(mentions.stream().map(Mention::id).toArray(String[]::new));
		assertThat(all.values()).allMatch(a -> a.analyserVersion().equals("v1"));
		assertThat(Files.readString(project.resolve(".parley/analysis/.gitignore"))).isEqualTo("*\n");
	}

	@Test
	void analysesOnlyNewMentionsAndThoseOfAnotherVersion() throws IOException {
		run("v1", false, () -> false);
		new MentionStore(project).add(List.of(TweetCorpus.mention("new", "X", "a", Instant.parse("2027-02-03T10:00:00Z"),
				"Encore une panne giffgaff")));

		assertThat(run("v1", false, () -> false).analysed()).isEqualTo(1);
		assertThat(run("v1", false, () -> false).analysed()).isZero();
		assertThat(run("v1", true, () -> false).analysed()).isEqualTo(401);
		AnalysisRun.Summary upgrade = run("v2", false, () -> false);
		assertThat(upgrade.analysed()).isEqualTo(401);
		assertThat(upgrade.upToDate()).isZero();
	}

	@Test
	void cancellingKeepsWhatWasAnalysedAndTheNextRunFinishes() throws IOException {
		AtomicInteger asked = new AtomicInteger();

		AnalysisRun.Summary cancelled = run("v1", false, () -> asked.incrementAndGet() > 150);

		assertThat(cancelled.cancelled()).isTrue();
		assertThat(cancelled.analysed()).isEqualTo(150);
		assertThat(new AnalysisStore(project).all()).hasSize(150);
		assertThat(run("v1", false, () -> false).analysed()).isEqualTo(250);
	}

	@Test
	void aCrashMidwayLosesNoFileAlreadyWritten() throws IOException {
		MentionAnalyser real = KeywordAnalysers.analyser("v1");
		AtomicInteger calls = new AtomicInteger();
		OpinionClassifier opinions = new KeywordAnalysers.Opinions();
		MentionAnalyser crashing = new MentionAnalyser(new KeywordAnalysers.Languages(), new KeywordAnalysers.Tags(),
				new OpinionClassifier() {
					@Override
					public Sentiment sentiment(String text, String lang) {
						if (calls.incrementAndGet() == 300) {
							throw new IllegalStateException("killed");
						}
						return opinions.sentiment(text, lang);
					}

					@Override
					public Intent intent(String text, String lang) {
						return opinions.intent(text, lang);
					}

					@Override
					public List<BrandOpinion> perBrand(String text, String lang, List<TextSpan> brands) {
						return opinions.perBrand(text, lang, brands);
					}
				}, "v1");

		assertThatThrownBy(() -> new AnalysisRun(project, crashing).run(false, p -> { }, () -> false))
				.hasMessage("killed");

		int kept = new AnalysisStore(project).all().size();
		assertThat(kept).isPositive().isLessThan(300);
		assertThat(new AnalysisRun(project, real).run(false, p -> { }, () -> false).analysed()).isEqualTo(400 - kept);
	}

	@Test
	void aDamagedAnalysisFileIsNamedWithItsLine() throws IOException {
		run("v1", false, () -> false);
		Path file = new AnalysisStore(project).files().get(0);
		Files.writeString(file, "{\"mentionId\":\"x\"}\nnot json\n", StandardCharsets.UTF_8);

		assertThatThrownBy(() -> new AnalysisStore(project).all()).isInstanceOf(IOException.class)
				.hasMessageContaining(file + ":2: not an analysis record");
	}

	@Test
	void reportsProgressEndingWithEverythingDone() throws IOException {
		List<AnalysisRun.Progress> seen = new ArrayList<>();

		new AnalysisRun(project, KeywordAnalysers.analyser("v1")).run(false, seen::add, () -> false);

		assertThat(seen).last().satisfies(p -> {
			assertThat(p.done()).isEqualTo(400);
			assertThat(p.toDo()).isEqualTo(400);
		});
	}

	private AnalysisRun.Summary run(String version, boolean force, java.util.function.BooleanSupplier cancelled)
			throws IOException {
		return new AnalysisRun(project, KeywordAnalysers.analyser(version)).run(force, p -> { }, cancelled);
	}
}
