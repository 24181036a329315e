package org.parley.listening.correction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.listening.analyse.IntentKind;
import org.parley.listening.analyse.Obstacle;
import org.parley.listening.analyse.Polarity;

class CorrectionFileTest {

	@TempDir
	Path project;

	@Test
	void writesOneSortedLinePerCorrectionWithTheFieldsInAFixedOrder() throws IOException {
		CorrectionFile file = new CorrectionFile(project);

		file.add(new Correction("b2", "2026-11-25T10:00:00Z", Polarity.NEGATIVE, IntentKind.CHURN, null));
		file.add(new Correction("a1", "2026-11-25T11:00:00Z", Polarity.NEUTRAL, IntentKind.BUY_BLOCKED, Obstacle.PRICE));

		assertThat(Files.readAllLines(project.resolve("listening/labels.jsonl"))).containsExactly(
				"{\"mentionId\":\"a1\",\"at\":\"2026-11-25T11:00:00Z\",\"sentiment\":\"neutral\",\"intent\":\"buy_blocked\",\"obstacle\":\"price\"}",
				"{\"mentionId\":\"b2\",\"at\":\"2026-11-25T10:00:00Z\",\"sentiment\":\"negative\",\"intent\":\"churn\",\"obstacle\":null}");
	}

	@Test
	void theLatestCorrectionOfAMentionWins() throws IOException {
		CorrectionFile file = new CorrectionFile(project);
		file.add(new Correction("a1", "2026-11-25T12:00:00Z", Polarity.POSITIVE, null, null));
		file.add(new Correction("a1", "2026-11-25T09:00:00Z", Polarity.NEGATIVE, IntentKind.CHURN, null));

		assertThat(file.latest()).containsOnlyKeys("a1");
		assertThat(file.latest().get("a1").sentiment()).isEqualTo(Polarity.POSITIVE);
		assertThat(file.all()).hasSize(2);
	}

	@Test
	void readsWhatAUnionMergeLeavesUnsortedAndTwiceAndTidiesItOnTheNextAdd() throws IOException {
		CorrectionFile ours = new CorrectionFile(project.resolve("ours"));
		CorrectionFile theirs = new CorrectionFile(project.resolve("theirs"));
		Correction shared = new Correction("m1", "2026-11-25T08:00:00Z", Polarity.NEUTRAL, null, null);
		ours.add(shared);
		theirs.add(shared);
		ours.add(new Correction("m2", "2026-11-25T09:00:00Z", Polarity.NEGATIVE, null, null));
		theirs.add(new Correction("m1", "2026-11-25T10:00:00Z", Polarity.POSITIVE, IntentKind.BUY, null));
		List<String> union = new ArrayList<>(Files.readAllLines(ours.file()));
		union.addAll(Files.readAllLines(theirs.file()));
		Files.write(ours.file(), union, StandardCharsets.UTF_8);

		assertThat(ours.latest()).containsOnlyKeys("m1", "m2");
		assertThat(ours.latest().get("m1").sentiment()).isEqualTo(Polarity.POSITIVE);

		ours.add(new Correction("m3", "2026-11-25T11:00:00Z", Polarity.NEUTRAL, null, null));
		List<String> lines = Files.readAllLines(ours.file());
		assertThat(lines).doesNotHaveDuplicates().isSorted().hasSize(4);
	}

	@Test
	void aBrokenLineIsReportedWithFileAndLine() throws IOException {
		Files.createDirectories(project.resolve("listening"));
		Files.writeString(project.resolve("listening/labels.jsonl"),
				"{\"mentionId\":\"a1\",\"at\":\"2026-11-25T12:00:00Z\",\"sentiment\":\"positive\",\"intent\":null,\"obstacle\":null}\n"
						+ "{\"mentionId\":\"a2\",\"at\":\"2026-11-25T12:00:00Z\",\"sentiment\":\"great\"}\n");

		assertThatThrownBy(() -> new CorrectionFile(project).latest()).isInstanceOf(IOException.class)
				.hasMessageContaining("labels.jsonl:2: not a correction");
	}

	@Test
	void anObstacleGoesOnlyWithBuyBlocked() {
		assertThatThrownBy(() -> new Correction("a", "2026-11-25T12:00:00Z", Polarity.NEGATIVE, IntentKind.CHURN,
				Obstacle.PRICE)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("obstacle");
	}
}
