package org.parley.core.merge;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The quick merge of a model file whose two sides changed different top-level objects: the file is cut into its
 * header (declaration and root element), one block of lines per child of the root (keyed by its id) and the root's
 * end, and each part is taken from the side that changed it. It answers only when the three versions have the same
 * children in the same order and no part changed on both sides; anything else (additions, deletions, moves of
 * children, a part both sides touched, a layout it does not know) is left to {@link ModelMerger}.
 * <p>
 * This is the merge by object that {@link ModelMerger} does, at the granularity of whole children: a child that one
 * side left byte for byte as it was takes the other side's version with all its changes. {@link MergeDriver} checks
 * that the result reads back and is written in the deterministic form before using it.
 */
final class BlockMerge {

	/** The first line of a child of the root: two spaces, its element, its id. */
	private static final Pattern CHILD = Pattern.compile("^  <([\\w.:-]+) (?:[^>]*? )?id=\"([^\"]+)\"");

	private BlockMerge() {
	}

	/** The merged bytes, or {@code null} when the quick merge does not apply. */
	static byte[] merge(byte[] base, byte[] ours, byte[] theirs) {
		Parts was = Parts.of(base);
		Parts our = Parts.of(ours);
		Parts their = Parts.of(theirs);
		if (was == null || our == null || their == null || !was.keys.equals(our.keys)
				|| !was.keys.equals(their.keys)) {
			return null;
		}
		StringBuilder merged = new StringBuilder(ours.length + 1024);
		for (int i = 0; i < was.texts.size(); i++) {
			String chosen = choose(was.texts.get(i), our.texts.get(i), their.texts.get(i));
			if (chosen == null) {
				return null;
			}
			merged.append(chosen);
		}
		return merged.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** The side that changed a part, either when neither or both changed it the same way; null when both differ. */
	private static String choose(String base, String ours, String theirs) {
		if (ours.equals(base) || ours.equals(theirs)) {
			return theirs;
		}
		return theirs.equals(base) ? ours : null;
	}

	/** A file cut into header, children and end, each with its key (the header's and end's are fixed). */
	private record Parts(List<String> keys, List<String> texts) {

		private static final String HEADER = "";
		private static final String END = "/";

		static Parts of(byte[] bytes) {
			String text = new String(bytes, StandardCharsets.UTF_8);
			if (!text.endsWith("\n")) {
				return null;
			}
			String[] lines = text.split("\n", -1);
			// lines ends with "" after the final line feed: declaration, root, children..., end, ""
			int last = lines.length - 2;
			if (last < 2 || !lines[0].startsWith("<?xml ") || !lines[1].startsWith("<") || lines[1].endsWith("/>")
					|| !lines[last].startsWith("</")) {
				return null;
			}
			List<String> keys = new ArrayList<>();
			List<String> texts = new ArrayList<>();
			Set<String> seen = new HashSet<>();
			keys.add(HEADER);
			texts.add(lines[0] + "\n" + lines[1] + "\n");
			int line = 2;
			while (line < last) {
				Matcher child = CHILD.matcher(lines[line]);
				if (!child.find() || !seen.add(child.group(2))) {
					return null;
				}
				int end = line;
				if (!lines[line].endsWith("/>")) {
					String close = "  </" + child.group(1) + ">";
					end++;
					while (end < last && !lines[end].equals(close)) {
						if (!lines[end].startsWith("    ")) {
							return null;
						}
						end++;
					}
					if (end == last) {
						return null;
					}
				}
				StringBuilder block = new StringBuilder();
				for (int i = line; i <= end; i++) {
					block.append(lines[i]).append('\n');
				}
				keys.add(child.group(2));
				texts.add(block.toString());
				line = end + 1;
			}
			keys.add(END);
			texts.add(lines[last] + "\n");
			return new Parts(keys, texts);
		}
	}
}
