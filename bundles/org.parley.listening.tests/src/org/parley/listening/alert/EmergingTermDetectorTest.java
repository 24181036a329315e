package org.parley.listening.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.parley.listening.analyse.TweetCorpus;

/** The detector on four weeks and a day of real tweets, with posts added on top. */
class EmergingTermDetectorTest {

	private static final Instant NOW = SimulatedStream.START.plus(Duration.ofDays(36));

	private final EmergingTermDetector detector = new EmergingTermDetector(DetectionSettings.defaults());
	private final List<Observation> background = new SimulatedStream(TweetCorpus.all(), 7).background(6, 150);

	@Test
	void oneAuthorRepeatingATermFiftyTimesIsOneVoice() {
		List<Observation> posts = new ArrayList<>(background);
		for (int i = 0; i < 50; i++) {
			posts.add(new Observation("spam-" + i, "angry-author", NOW.minus(Duration.ofMinutes(10 + i)),
					"Panne 4G inacceptable"));
		}
		TermTimeline timeline = TermTimeline.of(posts, TermExtractor.shipped());

		assertThat(timeline.voices("panne 4g", NOW.minus(Duration.ofDays(1)), NOW)).isEqualTo(1);
		assertThat(detector.detect(timeline, NOW)).extracting(TermSignal::term).doesNotContain("panne 4g", "inacceptable");
	}

	@Test
	void aFewAuthorsSayingAComplaintPhraseFireWhereANewPairNeedsMore() {
		List<Observation> posts = new ArrayList<>(background);
		for (int i = 0; i < 4; i++) {
			posts.add(new Observation("leave-" + i, "author-p" + i, NOW.minus(Duration.ofHours(1 + i)),
					"Je veux résilier mon compte aujourd'hui"));
		}
		TermTimeline timeline = TermTimeline.of(posts, TermExtractor.shipped());

		List<TermSignal> signals = detector.detect(timeline, NOW);

		TermSignal signal = signals.stream().filter(s -> s.term().equals("resilier mon compte")).findFirst().orElseThrow();
		assertThat(signals).extracting(TermSignal::term).doesNotContain("resilier compte");
		assertThat(signal.complaint()).isTrue();
		assertThat(signal.authors()).isEqualTo(4);
		assertThat(signal.baselineVoices()).isZero();
		assertThat(signal.growth()).isGreaterThan(10);
		assertThat(signal.pValue()).isLessThan(1e-4);
		assertThat(signal.examples()).containsExactly("leave-0", "leave-1", "leave-2", "leave-3");
	}

	@Test
	void aTermAsFrequentAsUsualDoesNotFire() {
		TermTimeline timeline = TermTimeline.of(background, TermExtractor.shipped());
		String common = "user";

		assertThat(detector.detect(timeline, NOW)).extracting(TermSignal::term).doesNotContain(common, "climat", "happy");
	}

	@Test
	void thePoissonTailMatchesKnownValues() {
		assertThat(PoissonTail.atLeast(0, 3)).isEqualTo(1);
		assertThat(PoissonTail.atLeast(1, 2)).isBetween(1 - Math.exp(-2) - 1e-12, 1 - Math.exp(-2) + 1e-12);
		// P(X >= 10 | λ = 1) = 1.1143e-7 (tables)
		assertThat(PoissonTail.atLeast(10, 1)).isBetween(1.114e-7, 1.115e-7);
	}
}
