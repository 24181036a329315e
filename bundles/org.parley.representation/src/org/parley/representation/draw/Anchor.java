package org.parley.representation.draw;

/** Where a label's x lies along its text. */
public enum Anchor {
	START, MIDDLE, END
}
