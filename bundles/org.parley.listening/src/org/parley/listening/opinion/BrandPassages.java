package org.parley.listening.opinion;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parley.listening.analyse.TextSpan;

/**
 * Cuts a text that names brands into one passage per brand. The text is cut at sentence and clause punctuation,
 * contrast words ("mais", "but") and where each brand is named; a piece that names no brand belongs to the brand
 * named right after it when nothing separates them ("je quitte | Sky"), else to the brand before it
 * ("giffgaff | , bien mieux"). Moves between brands are read from the words around them: "je quitte A pour B",
 * "switching from A to B", "ditching A for B", or "switching to B" with A named elsewhere.
 */
final class BrandPassages {

	private static final Pattern BOUNDARY = Pattern.compile(
			"[.!?;,\\n]+|(?i)\\b(?:mais|but|however|cependant|pourtant|alors que|whereas|tandis que)\\b");
	private static final Pattern LEAVING_BEFORE = Pattern.compile(
			"(?i)(?:quitte[rz]?|quittant|quit|quitting|leave|leaving|left|switch(?:ing|ed)? from|mov(?:e|ing|ed) from|"
					+ "passe[rz]? de|partir de|parti[e]? de|ditch\\w*|dump\\w*|cancel\\w*|r[ée]sili\\w*|from|de chez)\\s*$");
	private static final Pattern CONNECTOR = Pattern.compile(
			"(?i)^\\s*(?:pour|to|for|vers|chez|à|a|pour aller chez|in favour of|->|→|and go(?:ing)? to|et passe[rz]? chez)\\s*$");
	private static final Pattern JOINING_BEFORE = Pattern.compile(
			"(?i)(?:switch(?:ing|ed)? (?:over )?to|mov(?:e|ing|ed) to|go(?:ing)? (?:over )?to|join(?:ing)?|signed (?:up )?with|"
					+ "port(?:ed|ing)? (?:my number )?to|passe[rz]? chez|partir chez|parti[e]? chez|rejoindre|"
					+ "aller chez|migre[rz]? (?:vers|chez))\\s*$");

	private BrandPassages() {
	}

	/** One passage per brand, in the order the brands are first named. */
	static List<BrandPassage> of(String text, List<TextSpan> brands) {
		List<TextSpan> spans = withoutOverlaps(brands);
		if (spans.isEmpty()) {
			return List.of();
		}
		Map<String, BrandPassage.Move> moves = moves(text, spans);
		Map<String, StringBuilder> passages = new LinkedHashMap<>();
		spans.forEach(s -> passages.putIfAbsent(s.name(), new StringBuilder()));
		if (passages.size() == 1) {
			passages.values().iterator().next().append(text);
		} else {
			assign(text, spans, passages);
		}
		List<BrandPassage> result = new ArrayList<>();
		passages.forEach((brand, passage) -> result.add(new BrandPassage(brand, passage.toString().strip(),
				moves.getOrDefault(brand, BrandPassage.Move.NONE))));
		return result;
	}

	private static void assign(String text, List<TextSpan> spans, Map<String, StringBuilder> passages) {
		TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
		Matcher m = BOUNDARY.matcher(text);
		while (m.find()) {
			cuts.add(m.start());
		}
		spans.forEach(s -> cuts.add(s.start()));
		List<Integer> points = new ArrayList<>(cuts);
		String previous = null;
		List<String> pending = new ArrayList<>();
		for (int i = 0; i + 1 < points.size(); i++) {
			int from = points.get(i);
			int to = points.get(i + 1);
			String piece = text.substring(from, to);
			TextSpan named = spans.stream().filter(s -> s.start() >= from && s.start() < to).findFirst().orElse(null);
			if (named != null) {
				pending.forEach(p -> passages.get(named.name()).append(p));
				pending.clear();
				passages.get(named.name()).append(piece);
				previous = named.name();
				continue;
			}
			boolean nextIsBrand = spans.stream().anyMatch(s -> s.start() == to);
			if (nextIsBrand || previous == null) {
				pending.add(piece);
			} else {
				passages.get(previous).append(piece);
			}
		}
	}

	/** Who is left and who is joined, from the words between and before consecutive brands. */
	private static Map<String, BrandPassage.Move> moves(String text, List<TextSpan> spans) {
		Map<String, BrandPassage.Move> moves = new LinkedHashMap<>();
		for (int i = 0; i + 1 < spans.size(); i++) {
			TextSpan a = spans.get(i);
			TextSpan b = spans.get(i + 1);
			if (a.name().equals(b.name()) || b.start() < a.end()) {
				continue;
			}
			String before = text.substring(Math.max(0, a.start() - 40), a.start());
			if (CONNECTOR.matcher(text.substring(a.end(), b.start())).matches()
					&& LEAVING_BEFORE.matcher(before).find()) {
				moves.putIfAbsent(a.name(), BrandPassage.Move.LEAVES);
				moves.put(b.name(), BrandPassage.Move.JOINS);
			}
		}
		for (TextSpan s : spans) {
			if (!moves.containsKey(s.name())
					&& JOINING_BEFORE.matcher(text.substring(Math.max(0, s.start() - 40), s.start())).find()) {
				moves.put(s.name(), BrandPassage.Move.JOINS);
			}
		}
		if (moves.containsValue(BrandPassage.Move.JOINS)) {
			// Going to one brand is leaving the one the customer has: the other brands named.
			spans.forEach(s -> moves.putIfAbsent(s.name(), BrandPassage.Move.LEAVES));
		}
		return moves;
	}

	private static List<TextSpan> withoutOverlaps(List<TextSpan> brands) {
		List<TextSpan> sorted = new ArrayList<>(brands);
		sorted.sort(Comparator.comparingInt(TextSpan::start).thenComparingInt(s -> -s.end()));
		List<TextSpan> kept = new ArrayList<>();
		int end = -1;
		for (TextSpan s : sorted) {
			if (s.start() >= end) {
				kept.add(s);
				end = s.end();
			}
		}
		return kept;
	}
}
