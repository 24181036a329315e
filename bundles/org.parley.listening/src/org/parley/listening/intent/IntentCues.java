package org.parley.listening.intent;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.parley.listening.analyse.Obstacle;

/**
 * The patterns that reveal an intent in one language, written against {@link IntentText#normalize normalised} text
 * (lower case, no accents, elisions and "n't" opened) and shipped as {@code cues-<lang>.txt} beside this class, one
 * pattern a line under a section header, so that they read as a list rather than as code.
 *
 * @param churn leaving: "résilier", "cancel my contract", "je quitte"
 * @param buy wanting to buy: "je vais prendre", "where can I buy", "thinking of switching to"
 * @param wish wanting or trying something, blocked or not: "je voulais", "I'd have", "tried to order"
 * @param obstacleWithWish what blocks a purchase, counted only next to a wish or a purchase ("livraison"), in the
 *            order obstacles are tried: the more specific first, "other" last
 * @param obstacleAlone what blocks a purchase on its own ("en rupture", "too expensive", "pas éligible")
 * @param negators words that, among the three before a cue, cancel it
 */
record IntentCues(List<Pattern> churn, List<Pattern> buy, List<Pattern> wish, Map<Obstacle, List<Pattern>> obstacleWithWish,
		Map<Obstacle, List<Pattern>> obstacleAlone, Set<String> negators) {

	private static final List<Obstacle> ORDER = List.of(Obstacle.DELIVERY, Obstacle.AVAILABILITY, Obstacle.COVERAGE,
			Obstacle.COMPATIBILITY, Obstacle.SUPPORT, Obstacle.TRUST, Obstacle.PRICE, Obstacle.OTHER);

	/** Reads the shipped {@code cues-<lang>.txt}. */
	static IntentCues load(String lang) {
		String resource = "cues-" + lang + ".txt";
		Map<String, List<String>> sections = new LinkedHashMap<>();
		try (InputStream in = IntentCues.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("the bundle lacks its intent patterns " + resource);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			List<String> current = null;
			String line;
			int number = 0;
			while ((line = reader.readLine()) != null) {
				number++;
				if (line.isBlank() || line.startsWith("# ")) {
					continue;
				}
				if (line.startsWith("[") && line.endsWith("]")) {
					current = sections.computeIfAbsent(line.substring(1, line.length() - 1), s -> new ArrayList<>());
				} else if (current == null) {
					throw new IllegalStateException(resource + ":" + number + ": a pattern before any [section]");
				} else {
					current.add(line.strip());
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException(resource + ": " + e.getMessage(), e);
		}
		Map<Obstacle, List<Pattern>> withWish = new LinkedHashMap<>();
		Map<Obstacle, List<Pattern>> alone = new LinkedHashMap<>();
		for (Obstacle o : ORDER) {
			String name = o.name().toLowerCase(Locale.ROOT);
			withWish.put(o, patterns(resource, sections.get("obstacle " + name + " with wish")));
			alone.put(o, patterns(resource, sections.get("obstacle " + name + " alone")));
		}
		return new IntentCues(patterns(resource, sections.get("churn")), patterns(resource, sections.get("buy")),
				patterns(resource, sections.get("wish")), withWish, alone,
				new HashSet<>(sections.getOrDefault("negators", List.of())));
	}

	/**
	 * The section's cues as one alternation: a text is scanned once per section instead of once per cue, which made
	 * intent the costliest step of the analysis. Each cue is still checked alone so that an error names it.
	 */
	private static List<Pattern> patterns(String resource, List<String> regexes) {
		List<String> alternatives = new ArrayList<>();
		for (String regex : regexes == null ? List.<String>of() : regexes) {
			try {
				Pattern.compile(regex);
			} catch (PatternSyntaxException e) {
				throw new IllegalStateException(resource + ": not a regular expression: " + regex, e);
			}
			alternatives.add("(?:" + regex + ")");
		}
		return alternatives.isEmpty() ? List.of() : List.of(Pattern.compile("\\b(?:" + String.join("|", alternatives) + ")"));
	}
}
