package org.parley.listening.sentiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Word, phrase, emoji and emoticon valences (-4 … +4) for one language: VADER's lexicon (English, or its French
 * translation) overridden by Parley's customer-service vocabulary, all shipped in the bundle. Words are also found
 * without their accents, since many posts are typed without them.
 */
public final class SentimentLexicon {

	private static final Map<String, SentimentLexicon> LOADED = new ConcurrentHashMap<>();
	private static final Set<String> LANGUAGES = Set.of("en", "fr");

	private final String lang;
	private final Map<String, Double> words = new HashMap<>();
	private final Map<String, Double> phrases = new HashMap<>();
	private final Set<String> phraseStarts = new HashSet<>();
	private final Set<String> noNegate = new HashSet<>();
	private final LanguageCues cues;
	private int longestPhrase = 1;

	private SentimentLexicon(String lang) {
		this.lang = lang;
		this.cues = lang.equals("fr") ? LanguageCues.FRENCH : LanguageCues.ENGLISH;
	}

	/** The lexicon of {@code en} or {@code fr}; empty for any other language, which Parley leaves neutral. */
	public static Optional<SentimentLexicon> of(String lang) {
		if (lang == null || !LANGUAGES.contains(lang)) {
			return Optional.empty();
		}
		return Optional.of(LOADED.computeIfAbsent(lang, SentimentLexicon::load));
	}

	/** The two-letter code of the language. */
	public String lang() {
		return lang;
	}

	LanguageCues cues() {
		return cues;
	}

	/** The valence of one token, or 0 when the lexicon does not know it. */
	public double valence(Token token) {
		Double v = words.get(token.raw());
		if (v == null) {
			String lower = token.raw().toLowerCase(Locale.ROOT);
			v = words.get(lower);
			if (v == null && token.lengthened()) {
				v = words.getOrDefault(lower.replaceAll("(\\p{L})\\1+", "$1$1"), words.get(token.norm()));
			}
			if (v == null) {
				v = words.get(token.plain());
			}
		}
		return v == null ? 0 : v;
	}

	/**
	 * The longest phrase of two words or more starting at {@code from}, as its length in tokens and valence; null when
	 * none starts there.
	 */
	double[] phraseAt(List<Token> tokens, int from) {
		if (!phraseStarts.contains(tokens.get(from).plain())) {
			return null;
		}
		for (int length = Math.min(longestPhrase, tokens.size() - from); length >= 2; length--) {
			StringBuilder key = new StringBuilder();
			for (int i = from; i < from + length; i++) {
				key.append(i > from ? " " : "").append(tokens.get(i).plain());
			}
			Double v = phrases.get(key.toString());
			if (v != null) {
				return new double[] { length, v };
			}
		}
		return null;
	}

	/** Whether negation leaves this word's valence as it is (e.g. "sérieux"). */
	boolean neverNegated(Token token) {
		return noNegate.contains(token.norm());
	}

	private static SentimentLexicon load(String lang) {
		SentimentLexicon lexicon = new SentimentLexicon(lang);
		if (lang.equals("fr")) {
			read("vader-fr/fr_lexicon.txt", line -> line.split("->", 2), lexicon::put);
			read("vader-fr/no_negate.txt", line -> new String[] { line, "0" },
					(word, v) -> lexicon.noNegate.add(word.toLowerCase(Locale.ROOT)));
		} else {
			read("vader-en/vader_lexicon.txt", line -> line.split("\t", 3), lexicon::put);
		}
		read("service-" + lang + ".txt", line -> line.split("\t", 2), lexicon::put);
		return lexicon;
	}

	private void put(String entry, double valence) {
		List<Token> tokens = TextTokens.of(entry);
		if (tokens.size() <= 1 || tokens.stream().noneMatch(Token::isWord)) {
			words.put(entry, valence);
			words.put(entry.toLowerCase(Locale.ROOT), valence);
			words.put(stripAccents(entry.toLowerCase(Locale.ROOT)), valence);
			return;
		}
		String key = tokens.stream().map(Token::plain).collect(Collectors.joining(" "));
		phrases.put(key, valence);
		phraseStarts.add(tokens.get(0).plain());
		longestPhrase = Math.max(longestPhrase, tokens.size());
	}

	/** Reads {@code entry<separator>valence} lines; lines starting with # are comments. */
	static void read(String resource, Function<String, String[]> split,
			BiConsumer<String, Double> sink) {
		try (InputStream in = SentimentLexicon.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("the bundle lacks its sentiment resource " + resource);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			String line;
			int number = 0;
			while ((line = reader.readLine()) != null) {
				number++;
				if (line.isBlank() || line.startsWith("# ")) {
					continue;
				}
				String[] parts = split.apply(line.strip());
				try {
					sink.accept(parts[0].strip(), Double.parseDouble(parts[1].strip().split("\\s+")[0]));
				} catch (RuntimeException e) {
					throw new IllegalStateException(resource + ":" + number + ": not an entry and a valence: " + line, e);
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException(resource + ": " + e.getMessage(), e);
		}
	}

	static String stripAccents(String word) {
		boolean ascii = true;
		for (int i = 0; i < word.length() && ascii; i++) {
			ascii = word.charAt(i) < 128;
		}
		if (ascii) {
			return word;
		}
		return Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
	}
}
