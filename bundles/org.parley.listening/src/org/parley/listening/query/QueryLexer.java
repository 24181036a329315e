package org.parley.listening.query;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parley.listening.query.QueryToken.Type;

/**
 * Cuts a query into words, phrases, parentheses and operators. Operators are upper case ({@code AND}, {@code OR},
 * {@code NOT}, {@code NEAR/3}) so that "or" and "not" stay words people can search for; a {@code -} before a word,
 * phrase or parenthesis is {@code NOT}.
 */
final class QueryLexer {

	private static final Pattern NEAR = Pattern.compile("NEAR(?:/(.*))?");

	private QueryLexer() {
	}

	static List<QueryToken> tokens(String query) {
		List<QueryToken> tokens = new ArrayList<>();
		int i = 0;
		while (i < query.length()) {
			char c = query.charAt(i);
			if (Character.isWhitespace(c)) {
				i++;
			} else if (c == '(' || c == ')') {
				tokens.add(new QueryToken(c == '(' ? Type.OPEN : Type.CLOSE, String.valueOf(c), i + 1, 0));
				i++;
			} else if (c == '"' || c == '“' || c == '”') {
				i = phrase(query, i, tokens);
			} else if (c == '-' && i + 1 < query.length() && !Character.isWhitespace(query.charAt(i + 1))
					&& query.charAt(i + 1) != ')' && query.charAt(i + 1) != '-') {
				tokens.add(new QueryToken(Type.MINUS, "-", i + 1, 0));
				i++;
			} else {
				i = word(query, i, tokens);
			}
		}
		return tokens;
	}

	private static int phrase(String query, int open, List<QueryToken> tokens) {
		int close = open + 1;
		while (close < query.length() && !isQuote(query.charAt(close))) {
			close++;
		}
		if (close == query.length()) {
			throw new QuerySyntaxException(query, query.length() + 1,
					"expected a closing quote for the phrase opened at column " + (open + 1));
		}
		tokens.add(new QueryToken(Type.PHRASE, query.substring(open + 1, close), open + 1, 0));
		return close + 1;
	}

	private static int word(String query, int start, List<QueryToken> tokens) {
		int end = start;
		while (end < query.length() && !Character.isWhitespace(query.charAt(end)) && query.charAt(end) != '('
				&& query.charAt(end) != ')' && !isQuote(query.charAt(end))) {
			end++;
		}
		String word = query.substring(start, end);
		int column = start + 1;
		Matcher near = NEAR.matcher(word);
		if (near.matches()) {
			if (near.group(1) == null || !near.group(1).matches("[1-9]\\d{0,3}")) {
				throw new QuerySyntaxException(query, column, "expected NEAR/n, n being how many words apart (1 or more)");
			}
			tokens.add(new QueryToken(Type.NEAR, word, column, Integer.parseInt(near.group(1))));
		} else if (word.equals("AND") || word.equals("OR") || word.equals("NOT")) {
			tokens.add(new QueryToken(Type.valueOf(word), word, column, 0));
		} else {
			tokens.add(new QueryToken(Type.WORD, word, column, 0));
		}
		return end;
	}

	private static boolean isQuote(char c) {
		return c == '"' || c == '“' || c == '”';
	}
}
