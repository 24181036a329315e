package org.parley.listening.intent;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The literal texts one of which every match of a regular expression starts with: {@code cancel(?:l?ing)?} starts
 * with "cancel", "canceling" or "cancelling", {@code (?:will|gonna) buy} with "will buy" or "gonna buy". A text that
 * holds none of them at a position cannot match there, which lets {@link CueStarts} skip the regex at almost every
 * position of a post. Anything this reader does not follow ends the prefixes where they stand (still true
 * prefixes), or, when it could be the first thing matched (a dot, a range, {@code \w}, inline flags), leaves the
 * expression unconstrained.
 */
final class CuePrefixes {

	// Beyond this many alternatives a prefix stops growing; it stays a true prefix, only a less selective one.
	private static final int MOST = 512;
	private static final Pattern INLINE_FLAGS = Pattern.compile("\\(\\?[idmsuxU-]");
	private static final Pattern UNSUPPORTED_ESCAPES = Pattern.compile("\\\\[QEkcxuN0-9]");

	/** Prefixes so far and whether they are the whole of what the part matches, so that what follows extends them. */
	private record Prefixes(Set<String> texts, boolean complete) {
	}

	/** What one atom of the expression is. */
	private enum Kind {
		LITERAL, GROUP, ZERO_WIDTH, OTHER
	}

	private final String regex;
	private int at;

	private CuePrefixes(String regex) {
		this.regex = regex;
	}

	/** The prefixes of {@code regex}, or null when a match could start with anything. */
	static Set<String> of(String regex) {
		// Inline flags (case-insensitive …) and rarer escapes would change what a literal means: no prefix then.
		if (INLINE_FLAGS.matcher(regex).find() || UNSUPPORTED_ESCAPES.matcher(regex).find()) {
			return null;
		}
		CuePrefixes reader = new CuePrefixes(regex);
		try {
			Prefixes prefixes = reader.alternation();
			if (reader.at != regex.length() || prefixes == null || prefixes.texts().contains("")) {
				return null;
			}
			return prefixes.texts();
		} catch (Unreadable e) {
			return null;
		}
	}

	/** Branches separated by {@code |}, up to a closing parenthesis or the end; null if one is unconstrained. */
	private Prefixes alternation() {
		Set<String> texts = new LinkedHashSet<>();
		boolean complete = true;
		boolean open = false;
		while (true) {
			Prefixes branch = branch();
			if (branch == null || branch.texts().contains("")) {
				open = true;
			} else {
				texts.addAll(branch.texts());
				complete &= branch.complete();
			}
			if (at < regex.length() && regex.charAt(at) == '|') {
				at++;
				continue;
			}
			return open ? null : new Prefixes(texts, complete);
		}
	}

	/** One sequence of atoms: the prefixes grow while each atom is certain to be matched once, literally. */
	private Prefixes branch() {
		Set<String> current = new LinkedHashSet<>(Set.of(""));
		boolean extending = true;
		while (at < regex.length() && regex.charAt(at) != '|' && regex.charAt(at) != ')') {
			Kind kind = atom();
			Prefixes atom = lastAtom;
			int least = quantifier();
			if (!extending || kind == Kind.ZERO_WIDTH) {
				continue;
			}
			if (atom == null || current.size() * atom.texts().size() > MOST) {
				extending = false;
				continue;
			}
			Set<String> next = new LinkedHashSet<>();
			if (least == 0) {
				// An optional atom: a match starts with what came before, with or without it.
				next.addAll(current);
			}
			for (String prefix : current) {
				for (String text : atom.texts()) {
					next.add(prefix + text);
				}
			}
			current = next;
			// After a repeated atom, what follows may be another repetition; after a partial one, anything.
			extending = atom.complete() && !repeats;
		}
		return new Prefixes(current, extending);
	}

	// What the last atom read matches, when it is literal text or a choice of them; null for anything else.
	private Prefixes lastAtom;
	private boolean repeats;

	/** Reads one atom at {@link #at} and says what it is; a literal's character or a group's prefixes are kept aside. */
	private Kind atom() {
		char c = regex.charAt(at);
		lastAtom = null;
		switch (c) {
		case '\\' -> {
			return escape();
		}
		case '[' -> {
			return characterClass();
		}
		case '(' -> {
			return group();
		}
		case '.' -> {
			at++;
			return Kind.OTHER;
		}
		case '^', '$' -> {
			at++;
			return Kind.ZERO_WIDTH;
		}
		case '*', '+', '?', '{', ']', '}' -> throw new Unreadable();
		default -> {
			if (Character.isSurrogate(c)) {
				at += Character.charCount(regex.codePointAt(at));
				return Kind.OTHER;
			}
			at++;
			lastAtom = literal(String.valueOf(c));
			return Kind.LITERAL;
		}
		}
	}

	private static Prefixes literal(String choices) {
		Set<String> texts = new LinkedHashSet<>();
		choices.chars().forEach(c -> texts.add(String.valueOf((char) c)));
		return new Prefixes(texts, true);
	}

	private Kind escape() {
		if (at + 1 >= regex.length()) {
			throw new Unreadable();
		}
		char e = regex.charAt(at + 1);
		at += 2;
		if (!Character.isLetterOrDigit(e)) {
			lastAtom = literal(String.valueOf(e));
			return Kind.LITERAL;
		}
		if (e == 'd') {
			// Without UNICODE_CHARACTER_CLASS (an inline flag, refused above), \d is [0-9].
			lastAtom = literal("0123456789");
			return Kind.LITERAL;
		}
		if ((e == 'p' || e == 'P') && at < regex.length() && regex.charAt(at) == '{') {
			int close = regex.indexOf('}', at);
			if (close < 0) {
				throw new Unreadable();
			}
			at = close + 1;
			return Kind.OTHER;
		}
		if (e == 'p' || e == 'P') {
			at++;
			return Kind.OTHER;
		}
		return e == 'b' || e == 'B' || e == 'A' || e == 'z' || e == 'Z' || e == 'G' ? Kind.ZERO_WIDTH : Kind.OTHER;
	}

	/** A class of a few plain characters ({@code [sz]}) is a choice of literals; any other is skipped. */
	private Kind characterClass() {
		int close = regex.indexOf(']', at + 1);
		String members = close < 0 ? "" : regex.substring(at + 1, close);
		if (!members.isEmpty() && members.length() <= 16 && members.chars().noneMatch(c -> "^[]\\&-".indexOf(c) >= 0
				|| Character.isSurrogate((char) c))) {
			at = close + 1;
			lastAtom = literal(members);
			return Kind.LITERAL;
		}
		skipClass();
		return Kind.OTHER;
	}

	/** Skips a character class, nested classes and escapes included. */
	private void skipClass() {
		int depth = 0;
		while (at < regex.length()) {
			char c = regex.charAt(at);
			if (c == '\\') {
				at += 2;
				continue;
			}
			at++;
			if (c == '[') {
				depth++;
			} else if (c == ']' && --depth == 0) {
				return;
			}
		}
		throw new Unreadable();
	}

	private Kind group() {
		at++;
		Kind kind = Kind.GROUP;
		boolean atomic = false;
		if (regex.startsWith("?:", at)) {
			at += 2;
		} else if (regex.startsWith("?=", at) || regex.startsWith("?!", at)) {
			at += 2;
			kind = Kind.ZERO_WIDTH;
		} else if (regex.startsWith("?<=", at) || regex.startsWith("?<!", at)) {
			at += 3;
			kind = Kind.ZERO_WIDTH;
		} else if (regex.startsWith("?>", at)) {
			at += 2;
			atomic = true;
		} else if (regex.startsWith("?<", at)) {
			int close = regex.indexOf('>', at);
			if (close < 0) {
				throw new Unreadable();
			}
			at = close + 1;
		} else if (regex.startsWith("?", at)) {
			throw new Unreadable();
		}
		Prefixes inner = alternation();
		if (at >= regex.length() || regex.charAt(at) != ')') {
			throw new Unreadable();
		}
		at++;
		// An atomic group may give up a branch's longer match: its prefixes hold, what follows them need not.
		lastAtom = inner == null ? null : new Prefixes(inner.texts(), inner.complete() && !atomic);
		return kind;
	}

	/** Reads a quantifier after an atom, if any, and returns the fewest times the atom is matched. */
	private int quantifier() {
		repeats = false;
		if (at >= regex.length()) {
			return 1;
		}
		char q = regex.charAt(at);
		int least;
		if (q == '?' || q == '*') {
			at++;
			least = 0;
			repeats = q == '*';
		} else if (q == '+') {
			at++;
			least = 1;
			repeats = true;
		} else if (q == '{') {
			int close = regex.indexOf('}', at);
			if (close < 0) {
				throw new Unreadable();
			}
			String bounds = regex.substring(at + 1, close);
			at = close + 1;
			try {
				least = Integer.parseInt(bounds.split(",", -1)[0].strip());
			} catch (NumberFormatException e) {
				throw new Unreadable();
			}
			repeats = !bounds.equals(Integer.toString(least)) || least > 1;
			least = Math.min(least, 1);
		} else {
			return 1;
		}
		if (at < regex.length() && (regex.charAt(at) == '?' || regex.charAt(at) == '+')) {
			at++;
		}
		return least;
	}

	/** Something this reader does not follow: the expression is then unconstrained. */
	private static final class Unreadable extends RuntimeException {
		private static final long serialVersionUID = 1L;

		Unreadable() {
			super(null, null, false, false);
		}
	}
}
