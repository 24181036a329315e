package org.parley.listening.intent;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.parley.listening.analyse.Intent;
import org.parley.listening.analyse.IntentKind;
import org.parley.listening.analyse.Obstacle;
import org.parley.listening.sentiment.LabelledText;
import org.parley.listening.sentiment.LabelledTweets;

/**
 * The labelled customer-service posts the bundle ships ({@code examples/} beside this class), from which the intent
 * model learns what the patterns miss: {@code customer-service-<lang>.tsv} and {@code heldout-<lang>.tsv}, lines of
 * sentiment, intent, obstacle ({@code -} when none) and text, tab-separated; lines starting with {@code #} are
 * comments.
 */
public final class IntentExamples {

	private static final List<String> SETS = List.of("customer-service", "heldout");
	private static final int CHATTER = 200;

	private IntentExamples() {
	}

	/**
	 * Every shipped example of {@code en} or {@code fr}, plus {@value #CHATTER} of the shipped sentiment tweets as
	 * examples of no intent: learnt from customer-service posts alone, the model read an intent into one English
	 * tweet in eleven; with them, into none of UMSAB's validation tweets.
	 */
	public static List<LabelledIntent> shipped(String lang) {
		List<LabelledIntent> examples = new ArrayList<>();
		for (String set : SETS) {
			for (String[] fields : rows(set + "-" + lang + ".tsv")) {
				examples.add(new LabelledIntent(fields[3], intent(fields)));
			}
		}
		List<LabelledText> tweets = LabelledTweets.shipped(lang);
		for (int i = 0; i < CHATTER; i++) {
			examples.add(new LabelledIntent(tweets.get(i * tweets.size() / CHATTER).text(), Intent.NONE));
		}
		return examples;
	}

	/**
	 * The rows of one shipped file, each as its four fields.
	 *
	 * @throws IllegalStateException naming the file and line of a row that is not four fields
	 */
	public static List<String[]> rows(String file) {
		String resource = "examples/" + file;
		List<String[]> rows = new ArrayList<>();
		try (InputStream in = IntentExamples.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("the bundle lacks its intent examples " + resource);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			String line;
			int number = 0;
			while ((line = reader.readLine()) != null) {
				number++;
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] fields = line.split("\t");
				if (fields.length != 4) {
					throw new IllegalStateException(resource + ":" + number + ": expected 4 tab-separated fields");
				}
				rows.add(fields);
			}
		} catch (IOException e) {
			throw new UncheckedIOException(resource + ": " + e.getMessage(), e);
		}
		return rows;
	}

	/** The intent of a row's second and third fields. */
	public static Intent intent(String[] fields) {
		IntentKind kind = IntentKind.ofLabel(fields[1]);
		return new Intent(kind, fields[2].equals("-") ? null : Obstacle.ofLabel(fields[2]));
	}
}
