package org.parley.listening.opinion;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.parley.listening.analyse.Intent;
import org.parley.listening.analyse.IntentKind;
import org.parley.listening.analyse.Obstacle;
import org.parley.listening.analyse.Polarity;
import org.parley.listening.intent.IntentExamples;
import org.parley.listening.sentiment.LabelledText;
import org.parley.listening.sentiment.LabelledTweets;

/**
 * The labelled customer-service posts written for Parley ({@code data/opinion/README.md}): the development and
 * held-out sets, which the bundle now ships as the intent model's examples, and the unseen and blind sets, which
 * only tests read.
 */
public final class DevSets {

	/** One labelled post. */
	public record Post(String text, Polarity sentiment, Intent intent) {
	}

	private DevSets() {
	}

	/** {@code customer-service-<lang>.tsv}: the development set, shipped as intent examples. */
	public static List<Post> customerService(String lang) {
		return shipped("customer-service-" + lang + ".tsv");
	}

	/** {@code heldout-<lang>.tsv}: posts written after the intent patterns, shipped as intent examples. */
	public static List<Post> heldOut(String lang) {
		return shipped("heldout-" + lang + ".tsv");
	}

	/** {@code blind-<lang>.tsv}: posts written before the intent model learnt from the shipped examples. */
	public static List<Post> blind(String lang) {
		return read("blind-" + lang + ".tsv");
	}

	/** {@code unseen-<lang>.tsv}: posts written last, never used to choose anything. */
	public static List<Post> unseen(String lang) {
		return read("unseen-" + lang + ".tsv");
	}

	/** UMSAB's val split ({@code data/umsab-val/<lang>}): tweets the sentiment model never trains on. */
	public static List<LabelledText> umsabVal(String lang) {
		Path dir = folder().resolveSibling("umsab-val").resolve(lang);
		try {
			return LabelledTweets.read(dir.resolve("val_text.txt"), dir.resolve("val_labels.txt"));
		} catch (IOException e) {
			throw new UncheckedIOException(dir + ": " + e.getMessage(), e);
		}
	}

	private static List<Post> shipped(String name) {
		return IntentExamples.rows(name).stream()
				.map(f -> new Post(f[3], Polarity.ofLabel(f[0]), IntentExamples.intent(f))).toList();
	}

	/** The sets' folder, whether the tests run in the test bundle or from the repository root. */
	static Path folder() {
		Path local = Path.of("data/opinion");
		Path dir = Path.of("").toAbsolutePath();
		while (dir != null && !Files.isDirectory(dir.resolve(local))) {
			Path inRepo = dir.resolve("bundles/org.parley.listening.tests").resolve(local);
			if (Files.isDirectory(inRepo)) {
				return inRepo;
			}
			dir = dir.getParent();
		}
		if (dir == null) {
			throw new IllegalStateException("no data/opinion above " + Path.of("").toAbsolutePath());
		}
		return dir.resolve(local);
	}

	private static List<Post> read(String name) {
		Path file = folder().resolve(name);
		List<Post> posts = new ArrayList<>();
		try {
			int number = 0;
			for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
				number++;
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] f = line.split("\t");
				if (f.length != 4) {
					throw new IllegalArgumentException(file + ":" + number + ": expected 4 tab-separated fields");
				}
				IntentKind kind = IntentKind.ofLabel(f[1]);
				Obstacle obstacle = f[2].equals("-") ? null : Obstacle.ofLabel(f[2]);
				posts.add(new Post(f[3], Polarity.ofLabel(f[0]), new Intent(kind, obstacle)));
			}
		} catch (IOException e) {
			throw new UncheckedIOException(file + ": " + e.getMessage(), e);
		}
		return posts;
	}
}
