package org.parley.listening.query;

/**
 * A listening query of the model that cannot be used.
 *
 * @param query the query's name in the model
 * @param message what is wrong, with the column: {@code query "Sky AND": expected a term after AND at column 8}
 */
public record QueryProblem(String query, String message) {

	@Override
	public String toString() {
		return query + ": " + message;
	}
}
