package org.parley.core.listening;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.parley.model.Listening;
import org.parley.model.ListeningSource;
import org.parley.model.ParleyFactory;
import org.parley.model.Plan;
import org.parley.model.SourceKind;

/**
 * The plan's listening sources by name, edited with the checks a crawler relies on: unique names, absolute
 * http(s) URLs, patterns that compile, positive limits, a politeness delay of at least the default unless asked.
 */
public final class SourceCatalog {

	/** The politeness delay a new source gets when none is given. */
	public static final int DEFAULT_DELAY_MILLIS = 1000;

	private final Plan plan;

	public SourceCatalog(Plan plan) {
		this.plan = plan;
	}

	public List<ListeningSource> sources() {
		return plan.getListening() == null ? List.of() : List.copyOf(plan.getListening().getSources());
	}

	public Optional<ListeningSource> find(String name) {
		return sources().stream().filter(s -> name.equalsIgnoreCase(s.getName())).findFirst();
	}

	/** Describes a source to add; unset limits keep the model's defaults. */
	public record NewSource(String name, String url, SourceKind kind, Integer maxPages, Integer maxDepth,
			Integer delayMillis, List<String> include, List<String> exclude) {
	}

	/**
	 * Adds a source.
	 *
	 * @throws IllegalArgumentException naming the field and the problem; the plan is then unchanged
	 */
	public ListeningSource add(NewSource request) {
		String name = request.name() == null ? "" : request.name().strip();
		if (name.isEmpty()) {
			throw new IllegalArgumentException("name: must not be empty");
		}
		if (find(name).isPresent()) {
			throw new IllegalArgumentException("name: a source called '" + name + "' exists already");
		}
		String url = checkedUrl(request.url());
		request.include().forEach(p -> checkedPattern("--include", p));
		request.exclude().forEach(p -> checkedPattern("--exclude", p));
		checkPositive("--max-pages", request.maxPages());
		checkPositive("--max-depth", request.maxDepth());
		if (request.delayMillis() != null && request.delayMillis() < 0) {
			throw new IllegalArgumentException("--delay: must not be negative");
		}

		ListeningSource source = ParleyFactory.eINSTANCE.createListeningSource();
		source.setId(UUID.randomUUID().toString());
		source.setName(name);
		source.setUrl(url);
		source.setKind(request.kind() != null ? request.kind() : SourceKind.PAGE);
		if (request.maxPages() != null) {
			source.setMaxPages(request.maxPages());
		}
		if (request.maxDepth() != null) {
			source.setMaxDepth(request.maxDepth());
		}
		source.setPolitenessDelayMillis(request.delayMillis() != null ? request.delayMillis() : DEFAULT_DELAY_MILLIS);
		source.getIncludePatterns().addAll(request.include());
		source.getExcludePatterns().addAll(request.exclude());
		listening().getSources().add(source);
		return source;
	}

	/** Removes the source called {@code name}; returns whether there was one. */
	public boolean remove(String name) {
		Optional<ListeningSource> source = find(name);
		source.ifPresent(s -> listening().getSources().remove(s));
		return source.isPresent();
	}

	private Listening listening() {
		if (plan.getListening() == null) {
			Listening listening = ParleyFactory.eINSTANCE.createListening();
			listening.setId(UUID.randomUUID().toString());
			plan.setListening(listening);
		}
		return plan.getListening();
	}

	private static String checkedUrl(String text) {
		try {
			URI uri = new URI(text == null ? "" : text.strip());
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
				throw new IllegalArgumentException("URL: '" + text + "' is not an absolute http or https URL");
			}
			return uri.toString();
		} catch (URISyntaxException e) {
			throw new IllegalArgumentException("URL: '" + text + "' is malformed: " + e.getReason());
		}
	}

	private static void checkedPattern(String option, String pattern) {
		try {
			Pattern.compile(pattern);
		} catch (PatternSyntaxException e) {
			throw new IllegalArgumentException(option + ": '" + pattern + "' is not a regular expression: "
					+ e.getDescription());
		}
	}

	private static void checkPositive(String option, Integer value) {
		if (value != null && value < 1) {
			throw new IllegalArgumentException(option + ": must be at least 1");
		}
	}
}
