package org.parley.listening.extract;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * CSS selectors parsed once: jsoup parses a selector string on every {@code select} call, and the extractor
 * asks the same few dozen selectors of every block of every page.
 */
final class Selectors {

	private static final Map<String, Evaluator> PARSED = new ConcurrentHashMap<>();

	private Selectors() {
	}

	static Evaluator of(String css) {
		return PARSED.computeIfAbsent(css, QueryParser::parse);
	}
}
