package org.parley.listening.alert;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import org.apache.lucene.analysis.snowball.SnowballFilter;

/**
 * French and English words too common to signal anything: the Snowball stop lists that ship inside Lucene
 * (BSD licence, in lucene-analysis-common), accent-folded, plus the debris of social posts ({@code rt},
 * {@code amp}, {@code via} …) listed here.
 */
public final class StopWords {

	private static final Set<String> SOCIAL = Set.of("rt", "amp", "via", "http", "https", "www", "com", "user", "lol",
			"cc", "co", "ok", "oh", "im", "dont", "cant", "didnt", "doesnt", "isnt", "ive", "youre", "thats", "ca",
			"etc", "chez", "qu", "jusqu", "lorsqu", "puisqu", "quelqu", "aujourd", "hui", "plus", "tres", "bien", "fait",
			"faire", "tout", "tous", "toute", "toutes", "comme", "sans", "aussi", "get", "got", "just", "like",
			"will", "can", "one", "also", "would", "today", "tomorrow", "going", "go", "new", "day", "may", "st");

	private static final StopWords FRENCH_AND_ENGLISH = load();

	private final Set<String> words;

	private StopWords(Set<String> words) {
		this.words = Set.copyOf(words);
	}

	public static StopWords frenchAndEnglish() {
		return FRENCH_AND_ENGLISH;
	}

	/** @param word as {@link TextNormaliser#words} gives it */
	public boolean contains(String word) {
		return words.contains(word);
	}

	private static StopWords load() {
		Set<String> words = new HashSet<>(SOCIAL);
		snowball("french_stop.txt", words);
		snowball("english_stop.txt", words);
		return new StopWords(words);
	}

	/** Snowball lists hold one word at the start of a line, with comments after a vertical bar. */
	private static void snowball(String name, Set<String> into) {
		try (InputStream in = SnowballFilter.class.getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException("Lucene's " + name + " is missing from lucene-analysis-common");
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				int bar = line.indexOf('|');
				String word = (bar >= 0 ? line.substring(0, bar) : line).trim();
				if (!word.isEmpty()) {
					into.addAll(TextNormaliser.words(word.replace('\'', ' ')));
					into.add(TextNormaliser.fold(word));
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException("cannot read Lucene's " + name, e);
		}
	}
}
