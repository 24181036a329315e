package org.parley.listening.query;

/**
 * A listening query that does not parse. The message names the query, what was expected and where:
 * {@code query "Sky AND": expected a term after AND at column 8}.
 */
public final class QuerySyntaxException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	private final String query;
	private final int column;
	private final String problem;

	QuerySyntaxException(String query, int column, String problem) {
		super("query \"" + query + "\": " + problem + " at column " + column);
		this.query = query;
		this.column = column;
		this.problem = problem;
	}

	/** The query as written. */
	public String query() {
		return query;
	}

	/** Where the problem is, counting from 1; one past the end when the query stops too early. */
	public int column() {
		return column;
	}

	/** What was wrong, without the query and column: {@code expected a term after AND}. */
	public String problem() {
		return problem;
	}
}
