package org.parley.listening.crawl;

import java.net.URI;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Which URLs a source may follow: those matching one of its include patterns (or, without any, those under the start
 * URL's folder on the same host) and none of its exclude patterns. Patterns are Java regular expressions found
 * anywhere in the URL.
 */
public final class UrlScope {

	private final String prefix;
	private final List<Pattern> includes;
	private final List<Pattern> excludes;

	/**
	 * @throws IllegalArgumentException naming the pattern that is not a valid regular expression
	 */
	public UrlScope(URI start, List<String> includes, List<String> excludes) {
		String path = start.getPath() == null || start.getPath().isEmpty() ? "/" : start.getPath();
		String folder = path.substring(0, path.lastIndexOf('/') + 1);
		this.prefix = start.getScheme() + "://" + start.getRawAuthority() + folder;
		this.includes = compile(includes);
		this.excludes = compile(excludes);
	}

	/**
	 * @return {@code null} when {@code url} is in scope, else why not
	 */
	public String refusal(String url) {
		for (Pattern exclude : excludes) {
			if (exclude.matcher(url).find()) {
				return "excluded by pattern " + exclude.pattern();
			}
		}
		if (includes.isEmpty()) {
			return url.startsWith(prefix) ? null : "not under " + prefix;
		}
		for (Pattern include : includes) {
			if (include.matcher(url).find()) {
				return null;
			}
		}
		return "matches no include pattern";
	}

	private static List<Pattern> compile(List<String> patterns) {
		return patterns.stream().filter(p -> p != null && !p.isBlank()).map(p -> {
			try {
				return Pattern.compile(p);
			} catch (PatternSyntaxException e) {
				throw new IllegalArgumentException("invalid URL pattern \"" + p + "\": " + e.getDescription(), e);
			}
		}).toList();
	}
}
