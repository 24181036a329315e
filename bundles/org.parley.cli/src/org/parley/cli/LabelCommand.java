package org.parley.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.parley.core.storage.ProjectLayout;
import org.parley.listening.analyse.IntentKind;
import org.parley.listening.analyse.Obstacle;
import org.parley.listening.analyse.Polarity;
import org.parley.listening.correction.Correction;
import org.parley.listening.correction.CorrectionFile;
import org.parley.listening.store.MentionStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley label DIR MENTION_ID --sentiment S [--intent I] [--obstacle O]}: stores a user's correction. */
@Command(name = "label", mixinStandardHelpOptions = true,
		description = { "Corrects the sentiment (and intent) of a stored mention. Corrections go to",
				"listening/labels.jsonl, travel with the project through Git, and teach the classifier",
				"(parley classify --project DIR); the latest correction of a mention wins." })
public class LabelCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "DIR", description = "the project folder") Path dir;
	@Parameters(index = "1", paramLabel = "MENTION_ID", description = "the id of a stored mention") String mentionId;

	@Option(names = "--sentiment", required = true, paramLabel = "S", description = "positive, neutral or negative")
	String sentiment;
	@Option(names = "--intent", paramLabel = "I", description = "none, buy, buy_blocked or churn") String intent;
	@Option(names = "--obstacle", paramLabel = "O",
			description = "with buy_blocked: price, availability, coverage, delivery, trust, compatibility, support or other")
	String obstacle;

	@Override
	public Integer call() throws IOException {
		if (!Files.isRegularFile(dir.resolve(ProjectLayout.PLAN))) {
			throw new UsageException(dir + ": not a Parley project (no " + ProjectLayout.PLAN + ")");
		}
		Polarity polarity = parse("--sentiment", sentiment, Polarity.class);
		IntentKind kind = intent == null ? null : parse("--intent", intent, IntentKind.class);
		Obstacle blocker = obstacle == null ? null : parse("--obstacle", obstacle, Obstacle.class);
		if (blocker != null && kind == null) {
			kind = IntentKind.BUY_BLOCKED;
		}
		if (kind == IntentKind.BUY_BLOCKED && blocker == null) {
			throw new UsageException("--intent buy_blocked needs --obstacle (" + labels(Obstacle.class) + ")");
		}
		if (blocker != null && kind != IntentKind.BUY_BLOCKED) {
			throw new UsageException("--obstacle goes with --intent buy_blocked, not " + kind.label());
		}
		MentionStore mentions = new MentionStore(dir);
		if (mentions.all().stream().noneMatch(m -> m.id().equals(mentionId))) {
			throw new UsageException(dir.resolve(MentionStore.FOLDER) + ": no mention with id '" + mentionId + "'");
		}
		Correction correction = new Correction(mentionId, Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
				polarity, kind, blocker);
		new CorrectionFile(dir).add(correction);
		spec.commandLine().getOut().println("Labelled " + mentionId + ": " + polarity.label()
				+ (kind == null ? "" : ", " + kind.label()) + (blocker == null ? "" : " (" + blocker.label() + ")"));
		return ExitCode.OK;
	}

	private static <E extends Enum<E>> E parse(String option, String value, Class<E> type) {
		for (E e : type.getEnumConstants()) {
			if (e.name().equalsIgnoreCase(value.trim())) {
				return e;
			}
		}
		throw new UsageException(option + ": '" + value + "' is none of " + labels(type));
	}

	private static <E extends Enum<E>> String labels(Class<E> type) {
		return Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT))
				.collect(Collectors.joining(", "));
	}
}
