package org.parley.ui.validation;

/**
 * The Parley problem marker ({@value #TYPE}, a persistent problem marker) and its attributes: what the Problems
 * view shows and what quick fixes read.
 */
public final class ProblemMarkers {

	/** The marker type of validation findings and load problems. */
	public static final String TYPE = "org.parley.ui.problem";
	/** The URI of the object the finding is about ({@code file:/…/x.parley#id}). */
	public static final String URI = "org.parley.uri";
	/** The id of the rule, such as {@code channel.text-too-long}; {@value #LOAD_RULE} for a file that does not load. */
	public static final String RULE = "org.parley.rule";
	/** For {@code channel.outside-posting-window}: the next slot, {@code yyyy-MM-ddTHH:mm} in the item's zone. */
	public static final String NEXT_SLOT = "org.parley.nextSlot";
	/** For {@code strategy.cell-without-owner}: the team's members as lines of {@code id<TAB>name}. */
	public static final String OWNERS = "org.parley.owners";
	/** The rule id of load problems. */
	public static final String LOAD_RULE = "storage.load";

	private ProblemMarkers() {
	}
}
