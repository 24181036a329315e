package org.parley.listening.intent;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where in a text the cue sections of one language can match: a trie of every section's {@link CuePrefixes}, walked
 * once from each position of the text, says which sections may start a match there. A section's regex then only
 * runs at those positions, instead of being tried at every character of the post, section after section. Sections
 * whose cues have no literal prefix, or that do not start with {@code \b} as {@link IntentCues} writes them, are
 * tried everywhere, as before. Immutable and thread-safe.
 */
final class CueStarts {

	// Sections are bits of a long; a section past the 64th is simply tried everywhere.
	private static final int MOST_SECTIONS = 64;

	private final List<Pattern> sections;
	private final boolean[] everywhere;
	// The trie: per node, its edge labels in order and the matching child nodes, and the sections whose prefix ends there.
	private final char[][] labels;
	private final int[][] children;
	private final long[] ends;

	CueStarts(List<Pattern> sections) {
		this.sections = List.copyOf(sections);
		this.everywhere = new boolean[sections.size()];
		List<TreeMap<Character, Integer>> edges = new ArrayList<>();
		List<Long> endsAt = new ArrayList<>();
		edges.add(new TreeMap<>());
		endsAt.add(0L);
		for (int s = 0; s < sections.size(); s++) {
			String regex = sections.get(s).pattern();
			// Only a section that starts at a word boundary can skip the inside of words.
			Set<String> prefixes = s < MOST_SECTIONS && regex.startsWith("\\b") ? CuePrefixes.of(regex) : null;
			if (prefixes == null) {
				everywhere[s] = true;
				continue;
			}
			for (String prefix : prefixes) {
				int node = 0;
				for (int i = 0; i < prefix.length(); i++) {
					Integer child = edges.get(node).get(prefix.charAt(i));
					if (child == null) {
						child = edges.size();
						edges.add(new TreeMap<>());
						endsAt.add(0L);
						edges.get(node).put(prefix.charAt(i), child);
					}
					node = child;
				}
				endsAt.set(node, endsAt.get(node) | 1L << s);
			}
		}
		labels = new char[edges.size()][];
		children = new int[edges.size()][];
		ends = new long[edges.size()];
		for (int n = 0; n < edges.size(); n++) {
			TreeMap<Character, Integer> out = edges.get(n);
			labels[n] = new char[out.size()];
			children[n] = new int[out.size()];
			int i = 0;
			for (var edge : out.entrySet()) {
				labels[n][i] = edge.getKey();
				children[n][i++] = edge.getValue();
			}
			ends[n] = endsAt.get(n);
		}
	}

	/** The positions of {@code text} where some section may match, with which sections may. */
	Starts scan(String text) {
		int[] positions = new int[8];
		long[] masks = new long[8];
		int size = 0;
		for (int start = 0; start < text.length(); start++) {
			// Every section starts with \b, and there is none inside a run of ASCII word characters.
			if (start > 0 && isAsciiWord(text.charAt(start - 1)) && isAsciiWord(text.charAt(start))) {
				continue;
			}
			long mask = 0;
			int node = 0;
			for (int i = start; i < text.length(); i++) {
				int edge = Arrays.binarySearch(labels[node], text.charAt(i));
				if (edge < 0) {
					break;
				}
				node = children[node][edge];
				mask |= ends[node];
			}
			if (mask != 0) {
				if (size == positions.length) {
					positions = Arrays.copyOf(positions, size * 2);
					masks = Arrays.copyOf(masks, size * 2);
				}
				positions[size] = start;
				masks[size++] = mask;
			}
		}
		return new Starts(text, positions, masks, size);
	}

	private static boolean isAsciiWord(char c) {
		return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c >= 'A' && c <= 'Z';
	}

	/** One text's candidate positions. */
	final class Starts {

		private final String text;
		private final int[] positions;
		private final long[] masks;
		private final int size;

		private Starts(String text, int[] positions, long[] masks, int size) {
			this.text = text;
			this.positions = positions;
			this.masks = masks;
			this.size = size;
		}

		/**
		 * Where section {@code section} matches, in increasing order, each position once: the same positions as
		 * {@code Matcher.find} from each position on, since a match at a position needs a prefix there.
		 */
		int next(int section, int from) {
			Pattern pattern = sections.get(section);
			if (everywhere[section]) {
				Matcher m = pattern.matcher(text);
				return from <= text.length() && m.find(from) ? m.start() : -1;
			}
			long bit = 1L << section;
			Matcher m = null;
			for (int i = 0; i < size; i++) {
				if (positions[i] < from || (masks[i] & bit) == 0) {
					continue;
				}
				if (m == null) {
					// Transparent bounds: \b and look-behind see the text before the position, as find() does.
					m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
				}
				m.region(positions[i], text.length());
				if (m.lookingAt()) {
					return positions[i];
				}
			}
			return -1;
		}
	}
}
