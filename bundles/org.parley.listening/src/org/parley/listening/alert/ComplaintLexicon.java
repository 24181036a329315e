package org.parley.listening.alert;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Words and phrases of complaint ("problème", "inacceptable", "résilier mon compte", "outage", "no signal" …) that
 * early warning watches with a lower threshold, because a few voices saying them already matter. The shipped list
 * is {@code complaint-lexicon.txt} beside this class.
 */
public final class ComplaintLexicon {

	private static final ComplaintLexicon SHIPPED = load();

	/** Entries of several words, e.g. [resilier, mon, compte], by their first word. */
	private final Map<String, List<List<String>>> phrases = new HashMap<>();
	private final Set<String> terms = new HashSet<>();

	public ComplaintLexicon(List<String> entries) {
		for (String entry : entries) {
			List<String> words = TextNormaliser.words(entry);
			if (words.isEmpty()) {
				continue;
			}
			if (words.size() > 1) {
				phrases.computeIfAbsent(words.get(0), w -> new ArrayList<>()).add(words);
			}
			terms.add(String.join(" ", words));
		}
	}

	public static ComplaintLexicon shipped() {
		return SHIPPED;
	}

	/** The entries that occur in these words (stop words included), each once, as terms. */
	public Set<String> phrasesIn(List<String> words) {
		Set<String> found = new HashSet<>();
		for (int i = 0; i < words.size(); i++) {
			for (List<String> phrase : phrases.getOrDefault(words.get(i), List.of())) {
				if (i + phrase.size() <= words.size() && words.subList(i, i + phrase.size()).equals(phrase)) {
					found.add(String.join(" ", phrase));
				}
			}
		}
		return found;
	}

	/**
	 * Whether a term is one of the entries. Only the entries themselves get the lower bar: pairs that merely hold one
	 * ("grande escroquerie") fired by chance on busy streams.
	 */
	public boolean covers(String term) {
		return terms.contains(term);
	}

	private static ComplaintLexicon load() {
		List<String> entries = new ArrayList<>();
		try (InputStream in = ComplaintLexicon.class.getResourceAsStream("complaint-lexicon.txt")) {
			if (in == null) {
				throw new IllegalStateException("complaint-lexicon.txt is missing beside " + ComplaintLexicon.class.getName());
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				String entry = line.strip();
				if (!entry.isEmpty() && !entry.startsWith("#")) {
					entries.add(entry);
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException("cannot read complaint-lexicon.txt", e);
		}
		return new ComplaintLexicon(entries);
	}
}
