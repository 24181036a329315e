package org.parley.listening.query;

/**
 * One token of a query as written.
 *
 * @param text the word or the phrase's content, without its quotes
 * @param column where the token starts, counting from 1
 * @param distance the {@code n} of {@code NEAR/n}, else 0
 */
record QueryToken(Type type, String text, int column, int distance) {

	enum Type {
		WORD, PHRASE, AND, OR, NOT, MINUS, NEAR, OPEN, CLOSE
	}

	/** How the token reads in an error message. */
	String shown() {
		return switch (type) {
			case PHRASE -> "\"" + text + "\"";
			case MINUS -> "-";
			default -> text;
		};
	}

	boolean startsOperand() {
		return type == Type.WORD || type == Type.PHRASE || type == Type.OPEN || type == Type.NOT || type == Type.MINUS;
	}
}
