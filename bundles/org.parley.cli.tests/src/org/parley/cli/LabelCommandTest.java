package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.listening.analyse.IntentKind;
import org.parley.listening.analyse.Obstacle;
import org.parley.listening.analyse.Polarity;
import org.parley.listening.correction.Correction;
import org.parley.listening.correction.CorrectionFile;
import org.parley.listening.store.Mention;
import org.parley.listening.store.MentionStore;

/** {@code parley label}: corrections stored in the project. */
class LabelCommandTest {

	@TempDir
	Path temp;

	private Path project;

	@BeforeEach
	void aProjectWithAMention() throws IOException {
		project = temp.resolve("project");
		assertThat(CommandRun.of("new-sample", project.toString()).exitCode()).isZero();
		new MentionStore(project).add(List.of(new Mention("m1", "forum", "https://forum.example/t/1", null, "Sujet", "anon",
				"2026-11-20T10:00:00Z", "fr", "Je voulais la fibre mais c'est hors de prix.", "2026-11-21T10:00:00Z", 200,
				"hash", "test")));
	}

	@Test
	void storesACorrectionInTheProject() throws IOException {
		CommandRun run = CommandRun.of("label", project.toString(), "m1", "--sentiment", "negative", "--intent",
				"buy_blocked", "--obstacle", "price");

		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(run.out()).isEqualTo("Labelled m1: negative, buy_blocked (price)" + System.lineSeparator());
		Correction stored = new CorrectionFile(project).latest().get("m1");
		assertThat(stored.sentiment()).isEqualTo(Polarity.NEGATIVE);
		assertThat(stored.intent()).isEqualTo(IntentKind.BUY_BLOCKED);
		assertThat(stored.obstacle()).isEqualTo(Obstacle.PRICE);
		assertThat(Files.readString(project.resolve("listening/labels.jsonl"))).startsWith("{\"mentionId\":\"m1\",\"at\":\"");
	}

	@Test
	void anObstacleAloneMeansBuyBlocked() throws IOException {
		CommandRun run = CommandRun.of("label", project.toString(), "m1", "--sentiment", "neutral", "--obstacle", "price");

		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(new CorrectionFile(project).latest().get("m1").intent()).isEqualTo(IntentKind.BUY_BLOCKED);
	}

	@Test
	void anUnknownMentionIsBadInput() throws IOException {
		CommandRun run = CommandRun.of("label", project.toString(), "nope", "--sentiment", "negative");

		assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
		assertThat(run.err()).contains("no mention with id 'nope'");
		assertThat(new CorrectionFile(project).all()).isEmpty();
	}

	@Test
	void aBadValueIsBadInputNamingTheOptionAndTheChoices() {
		CommandRun sentiment = CommandRun.of("label", project.toString(), "m1", "--sentiment", "furious");
		CommandRun obstacle = CommandRun.of("label", project.toString(), "m1", "--sentiment", "negative", "--intent",
				"churn", "--obstacle", "price");
		CommandRun missing = CommandRun.of("label", project.toString(), "m1", "--sentiment", "negative", "--intent",
				"buy_blocked");

		assertThat(sentiment.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
		assertThat(sentiment.err()).contains("--sentiment: 'furious' is none of positive, neutral, negative");
		assertThat(obstacle.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
		assertThat(obstacle.err()).contains("--obstacle goes with --intent buy_blocked, not churn");
		assertThat(missing.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
		assertThat(missing.err()).contains("--intent buy_blocked needs --obstacle");
	}

	@Test
	void aFolderThatIsNoProjectIsBadInput() {
		CommandRun run = CommandRun.of("label", temp.resolve("empty").toString(), "m1", "--sentiment", "negative");

		assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
		assertThat(run.err()).contains("not a Parley project");
	}
}
