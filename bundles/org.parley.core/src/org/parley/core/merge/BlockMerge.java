package org.parley.core.merge;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
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
 * side left byte for byte as it was takes the other side's version with all its changes. The parts are cut and
 * compared as bytes, without decoding, since a merge touches every line of every file both branches changed.
 * {@link MergeDriver} checks that the result reads back before using it.
 */
final class BlockMerge {

	private static final byte[] CHILD_INDENT = "  <".getBytes(StandardCharsets.US_ASCII);
	private static final byte[] NESTED_INDENT = "    ".getBytes(StandardCharsets.US_ASCII);
	private static final byte[] ID = "id=\"".getBytes(StandardCharsets.US_ASCII);
	private static final Pattern DECLARED_PREFIX = Pattern.compile("\\sxmlns:([\\w.-]+)=\"");

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
		ByteArrayOutputStream merged = new ByteArrayOutputStream(ours.length + 1024);
		for (int i = 0; i < was.keys.size(); i++) {
			Parts chosen = choose(was, our, their, i);
			if (chosen == null) {
				return null;
			}
			merged.write(chosen.bytes, chosen.start(i), chosen.end(i) - chosen.start(i));
		}
		return merged.toByteArray();
	}

	/**
	 * Whether the root element's line itself uses every namespace that the file declares. The store declares just the
	 * namespaces a file uses; when the root uses them all, no choice of children can make a declaration superfluous,
	 * so a merge that reads back is also written as the store would write it.
	 */
	static boolean rootUsesEveryNamespace(byte[] file) {
		int rootStart = indexOf(file, (byte) '\n', 0) + 1;
		int rootEnd = indexOf(file, (byte) '\n', rootStart);
		if (rootStart <= 0 || rootEnd < 0) {
			return false;
		}
		String root = new String(file, rootStart, rootEnd - rootStart, StandardCharsets.UTF_8);
		for (Matcher declared = DECLARED_PREFIX.matcher(root); declared.find();) {
			String prefix = Pattern.quote(declared.group(1) + ":");
			// as the element's name or an attribute's; a quote inside a value is escaped, so '="' ends a name
			if (!Pattern.compile("^<" + prefix + "|\\s" + prefix + "[\\w.-]+=\"").matcher(root).find()) {
				return false;
			}
		}
		return true;
	}

	/** The side that changed part {@code i}, either when neither or both changed it the same way; null when both differ. */
	private static Parts choose(Parts base, Parts ours, Parts theirs, int i) {
		if (ours.sameAs(base, i) || ours.sameAs(theirs, i)) {
			return theirs;
		}
		return theirs.sameAs(base, i) ? ours : null;
	}

	/**
	 * A file cut into header, children and end: each part's key (the header's and end's are fixed) and where it
	 * starts in the file; a part ends where the next starts.
	 */
	private record Parts(byte[] bytes, List<String> keys, int[] starts) {

		private static final String HEADER = "";
		private static final String END = "/";

		int start(int part) {
			return starts[part];
		}

		int end(int part) {
			return part + 1 < keys.size() ? starts[part + 1] : bytes.length;
		}

		boolean sameAs(Parts other, int part) {
			return Arrays.equals(bytes, start(part), end(part), other.bytes, other.start(part), other.end(part));
		}

		/** The parts of a file laid out as the store writes it, or {@code null} for any other layout. */
		static Parts of(byte[] bytes) {
			int length = bytes.length;
			if (length == 0 || bytes[length - 1] != '\n' || !startsWith(bytes, 0, "<?xml ")) {
				return null;
			}
			int rootLine = indexOf(bytes, (byte) '\n', 0) + 1;
			int firstChild = indexOf(bytes, (byte) '\n', rootLine) + 1;
			if (firstChild <= rootLine || bytes[rootLine] != '<' || endsWithEmptyTag(bytes, firstChild - 1)) {
				return null;
			}
			int lastLine = lastLineStart(bytes);
			if (lastLine < firstChild || !startsWith(bytes, lastLine, "</")) {
				return null;
			}
			List<String> keys = new ArrayList<>();
			List<Integer> starts = new ArrayList<>();
			Set<String> seen = new HashSet<>();
			keys.add(HEADER);
			starts.add(0);
			int line = firstChild;
			while (line < lastLine) {
				int lineEnd = indexOf(bytes, (byte) '\n', line);
				Child child = Child.at(bytes, line, lineEnd);
				if (child == null || !seen.add(child.id())) {
					return null;
				}
				keys.add(child.id());
				starts.add(line);
				line = endOfBlock(bytes, child, line, lineEnd, lastLine);
				if (line < 0) {
					return null;
				}
			}
			keys.add(END);
			starts.add(lastLine);
			return new Parts(bytes, keys, starts.stream().mapToInt(Integer::intValue).toArray());
		}

		/** Where the line after a child's block starts, or -1 when its lines are not laid out as expected. */
		private static int endOfBlock(byte[] bytes, Child child, int line, int lineEnd, int lastLine) {
			if (endsWithEmptyTag(bytes, lineEnd)) {
				return lineEnd + 1;
			}
			byte[] close = ("  </" + child.element() + ">").getBytes(StandardCharsets.UTF_8);
			for (int next = lineEnd + 1; next < lastLine;) {
				int nextEnd = indexOf(bytes, (byte) '\n', next);
				if (nextEnd - next == close.length && Arrays.equals(bytes, next, nextEnd, close, 0, close.length)) {
					return nextEnd + 1;
				}
				if (!startsWith(bytes, next, NESTED_INDENT)) {
					return -1;
				}
				next = nextEnd + 1;
			}
			return -1;
		}

		private static int lastLineStart(byte[] bytes) {
			int at = bytes.length - 2;
			while (at >= 0 && bytes[at] != '\n') {
				at--;
			}
			return at + 1;
		}

		private static boolean endsWithEmptyTag(byte[] bytes, int lineEnd) {
			return lineEnd >= 2 && bytes[lineEnd - 1] == '>' && bytes[lineEnd - 2] == '/';
		}
	}

	/** The first line of a child of the root: two spaces, its element, its id. */
	private record Child(String element, String id) {

		/** The child starting on the line, or {@code null} when the line does not start one. */
		static Child at(byte[] bytes, int line, int lineEnd) {
			if (!startsWith(bytes, line, CHILD_INDENT)) {
				return null;
			}
			int nameStart = line + CHILD_INDENT.length;
			int nameEnd = nameStart;
			while (nameEnd < lineEnd && isNameByte(bytes[nameEnd])) {
				nameEnd++;
			}
			if (nameEnd == nameStart || nameEnd >= lineEnd || bytes[nameEnd] != ' ') {
				return null;
			}
			// The id attribute: the first "id=" that starts an attribute, within the start tag (values escape '"').
			for (int at = nameEnd + 1; at < lineEnd && bytes[at] != '>'; at++) {
				if ((at == nameEnd + 1 || bytes[at - 1] == ' ') && startsWith(bytes, at, ID)) {
					int idStart = at + ID.length;
					int idEnd = idStart;
					while (idEnd < lineEnd && bytes[idEnd] != '"') {
						idEnd++;
					}
					if (idEnd == idStart || idEnd == lineEnd) {
						return null;
					}
					return new Child(new String(bytes, nameStart, nameEnd - nameStart, StandardCharsets.US_ASCII),
							new String(bytes, idStart, idEnd - idStart, StandardCharsets.UTF_8));
				}
			}
			return null;
		}

		private static boolean isNameByte(byte b) {
			return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '_' || b == '.'
					|| b == ':' || b == '-';
		}
	}

	private static boolean startsWith(byte[] bytes, int at, String ascii) {
		return startsWith(bytes, at, ascii.getBytes(StandardCharsets.US_ASCII));
	}

	private static boolean startsWith(byte[] bytes, int at, byte[] prefix) {
		return at + prefix.length <= bytes.length
				&& Arrays.equals(bytes, at, at + prefix.length, prefix, 0, prefix.length);
	}

	/** The index of {@code b} from {@code from} on, or -1. */
	private static int indexOf(byte[] bytes, byte b, int from) {
		for (int i = from; i < bytes.length; i++) {
			if (bytes[i] == b) {
				return i;
			}
		}
		return -1;
	}
}
