package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.listening.correction.Correction;
import org.parley.listening.correction.CorrectionFile;
import org.parley.listening.analyse.Polarity;
import org.parley.listening.store.Mention;
import org.parley.listening.store.MentionStore;

/** {@code parley classify}: JSON lines in, the same lines with sentiment and intent out. */
class ClassifyCommandTest {

	@TempDir
	Path temp;

	@Test
	void addsLanguageSentimentAndIntentAfterTheFieldsItWasGiven() throws IOException {
		Path input = write("{\"id\":\"p1\",\"text\":\"Je vais résilier mon abonnement, encore une panne et le service client est injoignable.\",\"likes\":3}");

		CommandRun run = CommandRun.of("classify", "--input", input.toString());

		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(run.out()).startsWith("{\"id\":\"p1\",\"text\":\"Je vais résilier mon abonnement,")
				.contains("\"likes\":3,\"lang\":\"fr\",\"sentiment\":\"negative\",\"score\":-")
				.endsWith("\"intent\":\"churn\",\"obstacle\":null}" + System.lineSeparator());
	}

	@Test
	void namesTheObstacleOfABlockedPurchase() throws IOException {
		Path input = write("{\"text\":\"I wanted to switch to you but there is no signal at home, which is a shame for the price.\"}");

		CommandRun run = CommandRun.of("classify", "--input", input.toString());

		assertThat(run.out()).contains("\"lang\":\"en\"").contains("\"intent\":\"buy_blocked\",\"obstacle\":\"coverage\"");
	}

	@Test
	void keepsTheLanguageALineAlreadyHas() throws IOException {
		Path input = write("{\"lang\":\"fr\",\"text\":\"Trop cher, je résilie.\"}");

		CommandRun run = CommandRun.of("classify", "--input", input.toString());

		assertThat(run.out()).startsWith("{\"text\":\"Trop cher, je résilie.\",\"lang\":\"fr\",")
				.contains("\"intent\":\"churn\"");
	}

	@Test
	void identifiesTheLanguageWhenTheLineSaysItDoesNotKnow() throws IOException {
		Path input = write("{\"lang\":\"other\",\"text\":\"Je vais résilier mon abonnement, le réseau est en panne depuis une semaine et personne ne répond.\"}");

		CommandRun run = CommandRun.of("classify", "--input", input.toString());

		assertThat(run.out()).contains("\"lang\":\"fr\"").contains("\"intent\":\"churn\"");
	}

	@Test
	void namesOtherLanguagesAndLeavesThemNeutral() throws IOException {
		Path input = write("{\"text\":\"Der Kundendienst ist eine Katastrophe, ich kündige meinen Vertrag sofort.\"}");

		CommandRun run = CommandRun.of("classify", "--input", input.toString());

		assertThat(run.out()).contains("\"lang\":\"de\",\"sentiment\":\"neutral\",\"score\":0.0,\"intent\":\"none\",\"obstacle\":null");
	}

	@Test
	void reportsEachBadLineByNumberWritesTheRestAndExitsWithTwo() throws IOException {
		Path input = write("{\"text\":\"Merci pour le service, il est vraiment au top et très rapide, je le dis à tous mes amis !\"}", "not json at all",
				"{\"title\":\"no text\"}", "[1,2]", "{\"text\":\"Thanks to the team for the quick fix, it was brilliant support as always and we are happy!\"}");

		CommandRun run = CommandRun.of("classify", "--input", input.toString());

		assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
		assertThat(run.out().lines()).hasSize(2).allMatch(l -> l.contains("\"sentiment\":\"positive\""));
		assertThat(run.err().lines()).containsExactly("parley classify: " + input + ":2: not a JSON object",
				"parley classify: " + input + ":3: no \"text\" string", "parley classify: " + input + ":4: not a JSON object");
	}

	@Test
	void readsStandardInputByDefault() {
		InputStream stdin = System.in;
		try {
			System.setIn(new ByteArrayInputStream("{\"text\":\"Where can I buy the new router? I want to get one for the house and it is not in the shop.\"}\n"
					.getBytes(StandardCharsets.UTF_8)));
			CommandRun run = CommandRun.of("classify");

			assertThat(run.exitCode()).as(run.err()).isZero();
			assertThat(run.out()).contains("\"intent\":\"buy\"");
		} finally {
			System.setIn(stdin);
		}
	}

	@Test
	void withAProjectAppliesItsCorrections() throws IOException {
		Path project = temp.resolve("project");
		assertThat(CommandRun.of("new-sample", project.toString()).exitCode()).isZero();
		String text = "Super, encore trois heures d'attente au service client, merci beaucoup pour rien.";
		new MentionStore(project).add(List.of(new Mention("m1", "forum", "https://forum.example/t/1", null, "Sujet", "anon",
				"2026-11-20T10:00:00Z", "fr", text, "2026-11-21T10:00:00Z", 200, "hash", "test")));
		new CorrectionFile(project).add(new Correction("m1", "2026-11-25T12:00:00Z", Polarity.NEGATIVE, null, null));
		Path input = write("{\"text\":\"" + text + "\"}");

		CommandRun run = CommandRun.of("classify", "--project", project.toString(), "--input", input.toString());

		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(run.out()).contains("\"sentiment\":\"negative\",\"score\":-1.0");
	}

	@Test
	void withAProjectTagsEachLineWithTheQueriesItMatches() throws IOException {
		Path project = temp.resolve("project");
		assertThat(CommandRun.of("new-sample", project.toString()).exitCode()).isZero();
		Path input = write("{\"text\":\"Encore une panne chez @giffgaff, pas de réseau depuis ce matin\"}\n"
				+ "{\"text\":\"Lovely weather in Brighton today, off to the beach with the kids\"}");

		CommandRun run = CommandRun.of("classify", "--project", project.toString(), "--input", input.toString());

		assertThat(run.exitCode()).as(run.err()).isZero();
		List<String> lines = run.out().lines().toList();
		assertThat(lines.get(0)).contains("\"lang\":\"fr\"", "{\"kind\":\"brand\",\"name\":\"giffgaff (brand)\"}",
				"{\"kind\":\"topic\",\"name\":\"Panne (français)\"}");
		assertThat(lines.get(1)).contains("\"lang\":\"en\"", "\"tags\":[]");
	}

	@Test
	void withoutAProjectWritesNoTags() throws IOException {
		Path input = write("{\"text\":\"Encore une panne chez @giffgaff\"}");

		CommandRun run = CommandRun.of("classify", "--input", input.toString());

		assertThat(run.exitCode()).as(run.err()).isZero();
		assertThat(run.out()).doesNotContain("\"tags\"");
	}

	@Test
	void aMissingInputIsOneClearLine() {
		CommandRun run = CommandRun.of("classify", "--input", temp.resolve("nope.jsonl").toString());

		assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
		assertThat(run.err()).contains("nope.jsonl: no such file");
	}

	private Path write(String... lines) throws IOException {
		Path file = temp.resolve("in.jsonl");
		Files.write(file, List.of(lines), StandardCharsets.UTF_8);
		return file;
	}
}
