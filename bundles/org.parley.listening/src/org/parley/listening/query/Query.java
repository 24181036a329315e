package org.parley.listening.query;

/**
 * A listening query, parsed once and matched against many texts. The language reads like a search box:
 * <ul>
 * <li>{@code AND}, {@code OR}, {@code NOT} (upper case), parentheses, and {@code AND} implied between neighbours:
 * {@code M125 (slow OR outage) NOT "sky news"}; {@code -word} is {@code NOT word};</li>
 * <li>{@code "phrases"} of words that follow each other, which also match the words written as one in a hashtag or
 * handle: {@code "Virgin Media"} matches {@code @VirginMedia};</li>
 * <li>{@code prefix*}: {@code résili*} matches "résilier", "résiliation";</li>
 * <li>{@code a NEAR/n b}: {@code a} and {@code b} (terms or phrases) at most {@code n} words apart, either order;</li>
 * <li>case and accents do not count ({@code resilier} matches "Résilier"); {@code giffgaff} matches
 * {@code #giffgaff} and {@code @giffgaff}, while {@code #giffgaff} and {@code @giffgaff} match only the hashtag or
 * the handle;</li>
 * <li>with a {@link BrandVocabulary}, a term or phrase that is the name or an alias of a brand or product matches
 * all its names, aliases and handles.</li>
 * </ul>
 * Instances are immutable and thread-safe.
 */
public final class Query {

	private final String expression;
	private final QueryNode root;

	private Query(String expression, QueryNode root) {
		this.expression = expression;
		this.root = root;
	}

	/** Parses {@code expression} with no brand names. */
	public static Query parse(String expression) {
		return parse(expression, BrandVocabulary.NONE);
	}

	/**
	 * Parses {@code expression}, widening brand and product names with {@code vocabulary}.
	 *
	 * @throws QuerySyntaxException naming the column and what was expected there
	 */
	public static Query parse(String expression, BrandVocabulary vocabulary) {
		return new Query(expression, QueryParser.parse(expression == null ? "" : expression, vocabulary));
	}

	public boolean matches(TokenizedText text) {
		return root.matches(text);
	}

	/** Matches a text tokenised for this query only; tokenise once with {@link TokenizedText#of} for many queries. */
	public boolean matches(String text) {
		return matches(TokenizedText.of(text));
	}

	public String expression() {
		return expression;
	}

	@Override
	public String toString() {
		return expression;
	}
}
