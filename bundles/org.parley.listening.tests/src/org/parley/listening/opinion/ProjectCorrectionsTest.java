package org.parley.listening.opinion;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.listening.analyse.Intent;
import org.parley.listening.analyse.IntentKind;
import org.parley.listening.analyse.Obstacle;
import org.parley.listening.analyse.Polarity;
import org.parley.listening.correction.Correction;
import org.parley.listening.correction.CorrectionFile;
import org.parley.listening.store.Mention;
import org.parley.listening.store.MentionStore;

/** {@link TrainedOpinionClassifier#forProject}: a project's corrections, on real files in a project folder. */
class ProjectCorrectionsTest {

	private static final String SARCASM = "Super, encore trois heures d'attente au service client, merci beaucoup";

	@TempDir
	Path project;

	@Test
	void aProjectWithoutCorrectionsUsesTheShippedClassifier() throws IOException {
		assertThat(TrainedOpinionClassifier.forProject(project)).isSameAs(TrainedOpinionClassifier.shipped());
	}

	@Test
	void aCorrectedMentionGetsItsCorrectionBack() throws IOException {
		new MentionStore(project).add(List.of(mention("m1", "fr", SARCASM)));
		new CorrectionFile(project).add(new Correction("m1", "2026-11-25T12:00:00Z", Polarity.NEGATIVE,
				IntentKind.BUY_BLOCKED, Obstacle.SUPPORT));

		TrainedOpinionClassifier classifier = TrainedOpinionClassifier.forProject(project);

		assertThat(classifier.sentiment(SARCASM, "fr").polarity()).isEqualTo(Polarity.NEGATIVE);
		assertThat(classifier.intent(SARCASM, "fr")).isEqualTo(new Intent(IntentKind.BUY_BLOCKED, Obstacle.SUPPORT));
		assertThat(classifier.correctionOf("m1")).isPresent();
		assertThat(classifier.correctionOf("m2")).isEmpty();
	}

	@Test
	void correctionsOfUnstoredMentionsAreIgnored() throws IOException {
		new CorrectionFile(project).add(new Correction("gone", "2026-11-25T12:00:00Z", Polarity.NEGATIVE, null, null));

		TrainedOpinionClassifier classifier = TrainedOpinionClassifier.forProject(project);

		assertThat(classifier.sentiment("Merci, service au top", "fr").polarity()).isEqualTo(Polarity.POSITIVE);
	}

	private static Mention mention(String id, String lang, String text) {
		return new Mention(id, "forum", "https://forum.example/t/1", null, "Sujet", "anon", "2026-11-20T10:00:00Z", lang,
				text, "2026-11-21T10:00:00Z", 200, "hash", "test");
	}
}
