package org.parley.listening.query;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.parley.listening.query.QueryNode.AllOf;
import org.parley.listening.query.QueryNode.AnyOf;
import org.parley.listening.query.QueryNode.Near;
import org.parley.listening.query.QueryNode.Not;
import org.parley.listening.query.QueryNode.Words;
import org.parley.listening.query.QueryToken.Type;
import org.parley.listening.query.TokenizedText.Kind;

/**
 * Parses a query by recursive descent. From the loosest to the tightest: {@code OR}, {@code AND} (also implied
 * between neighbours), {@code NEAR/n}, {@code NOT} and {@code -}; then terms, phrases and parentheses.
 */
final class QueryParser {

	private final String query;
	private final List<QueryToken> tokens;
	private final BrandVocabulary vocabulary;
	private int next;

	private QueryParser(String query, BrandVocabulary vocabulary) {
		this.query = query;
		this.tokens = QueryLexer.tokens(query);
		this.vocabulary = vocabulary;
	}

	static QueryNode parse(String query, BrandVocabulary vocabulary) {
		QueryParser parser = new QueryParser(query, vocabulary);
		QueryNode root = parser.or(null);
		if (parser.next < parser.tokens.size()) {
			QueryToken extra = parser.tokens.get(parser.next);
			throw parser.error(extra.column(), extra.type() == Type.CLOSE ? "unexpected ) without a ( before it"
					: "unexpected " + extra.shown());
		}
		return root;
	}

	private QueryNode or(String after) {
		List<QueryNode> operands = new ArrayList<>();
		operands.add(and(after));
		while (peek(Type.OR)) {
			next++;
			operands.add(and("after OR"));
		}
		return operands.size() == 1 ? operands.get(0) : new AnyOf(operands);
	}

	private QueryNode and(String after) {
		List<QueryNode> operands = new ArrayList<>();
		operands.add(near(after));
		while (next < tokens.size()) {
			if (peek(Type.AND)) {
				next++;
				operands.add(near("after AND"));
			} else if (tokens.get(next).startsOperand()) {
				operands.add(near(null));
			} else {
				break;
			}
		}
		return operands.size() == 1 ? operands.get(0) : new AllOf(operands);
	}

	private QueryNode near(String after) {
		QueryNode left = unary(after);
		while (peek(Type.NEAR)) {
			QueryToken operator = tokens.get(next++);
			QueryNode right = unary("after " + operator.text());
			if (!(left instanceof Words leftWords) || !(right instanceof Words rightWords)) {
				throw error(operator.column(), operator.text() + " joins terms or phrases, not operators or parentheses");
			}
			left = new Near(leftWords, rightWords, operator.distance());
		}
		return left;
	}

	private QueryNode unary(String after) {
		if (peek(Type.NOT) || peek(Type.MINUS)) {
			QueryToken operator = tokens.get(next++);
			return new Not(unary("after " + operator.shown()));
		}
		return primary(after);
	}

	private QueryNode primary(String after) {
		String expected = after == null ? "expected a term" : "expected a term " + after;
		if (next == tokens.size()) {
			throw error(query.length() + 1, expected);
		}
		QueryToken token = tokens.get(next);
		switch (token.type()) {
			case WORD, PHRASE -> {
				next++;
				return words(token);
			}
			case OPEN -> {
				next++;
				QueryNode inner = or("after (");
				if (!peek(Type.CLOSE)) {
					int column = next < tokens.size() ? tokens.get(next).column() : query.length() + 1;
					throw error(column, "expected ) to close the ( opened at column " + token.column());
				}
				next++;
				return inner;
			}
			default -> throw error(token.column(), expected + ", not " + token.shown());
		}
	}

	private Words words(QueryToken token) {
		String text = token.text();
		boolean prefix = token.type() == Type.WORD && text.endsWith("*");
		TokenizedText tokenized = TokenizedText.of(prefix ? text.substring(0, text.length() - 1) : text);
		if (tokenized.size() == 0) {
			throw error(token.column(), "expected letters or digits in " + token.shown());
		}
		List<WordPattern> patterns = new ArrayList<>();
		for (int i = 0; i < tokenized.size(); i++) {
			Kind kind = tokenized.kind(i) == Kind.WORD ? null : tokenized.kind(i);
			patterns.add(new WordPattern(tokenized.form(i), prefix && i == tokenized.size() - 1, kind));
		}
		WordSequence sequence = new WordSequence(patterns);
		Set<WordSequence> alternatives = new LinkedHashSet<>();
		alternatives.add(sequence);
		if (sequence.joined() != null) {
			alternatives.add(sequence.joined());
		}
		alternatives.addAll(vocabulary.spellingsOf(sequence));
		return new Words(List.copyOf(alternatives));
	}

	private boolean peek(Type type) {
		return next < tokens.size() && tokens.get(next).type() == type;
	}

	private QuerySyntaxException error(int column, String problem) {
		return new QuerySyntaxException(query, column, problem);
	}
}
