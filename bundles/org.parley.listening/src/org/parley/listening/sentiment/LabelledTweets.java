package org.parley.listening.sentiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.parley.listening.analyse.Polarity;

/**
 * Tweets labelled for sentiment in UMSAB's layout: one text a line in one file, its label ({@code 0} negative,
 * {@code 1} neutral, {@code 2} positive) on the same line of another. The bundle ships the English and French train
 * splits.
 */
public final class LabelledTweets {

	private LabelledTweets() {
	}

	/** The shipped train split of {@code en} or {@code fr}. */
	public static List<LabelledText> shipped(String lang) {
		String folder = "umsab/" + lang + "/";
		try (InputStream text = LabelledTweets.class.getResourceAsStream(folder + "train_text.txt");
				InputStream labels = LabelledTweets.class.getResourceAsStream(folder + "train_labels.txt")) {
			if (text == null || labels == null) {
				throw new IllegalStateException("the bundle lacks its labelled tweets in " + folder);
			}
			return read(lines(text), lines(labels), folder);
		} catch (IOException e) {
			throw new UncheckedIOException(folder + ": " + e.getMessage(), e);
		}
	}

	/** Reads a text file and its label file. */
	public static List<LabelledText> read(Path texts, Path labels) throws IOException {
		return read(Files.readAllLines(texts, StandardCharsets.UTF_8), Files.readAllLines(labels, StandardCharsets.UTF_8),
				labels.toString());
	}

	private static List<LabelledText> read(List<String> texts, List<String> labels, String where) {
		if (texts.size() != labels.size()) {
			throw new IllegalArgumentException(where + ": " + texts.size() + " texts but " + labels.size() + " labels");
		}
		List<LabelledText> examples = new ArrayList<>(texts.size());
		for (int i = 0; i < texts.size(); i++) {
			Polarity polarity = switch (labels.get(i).strip()) {
			case "0" -> Polarity.NEGATIVE;
			case "1" -> Polarity.NEUTRAL;
			case "2" -> Polarity.POSITIVE;
			default -> throw new IllegalArgumentException(where + ":" + (i + 1) + ": label '" + labels.get(i)
					+ "' is none of 0, 1, 2");
			};
			examples.add(new LabelledText(texts.get(i), polarity));
		}
		return examples;
	}

	private static List<String> lines(InputStream in) throws IOException {
		List<String> lines = new ArrayList<>();
		BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
		String line;
		while ((line = reader.readLine()) != null) {
			lines.add(line);
		}
		return lines;
	}
}
