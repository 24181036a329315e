package org.parley.listening.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.parley.listening.analyse.LanguageIdentifier;
import org.parley.listening.analyse.Tag;
import org.parley.listening.analyse.Tagger;
import org.parley.listening.analyse.TextSpan;
import org.parley.model.ListeningQuery;
import org.parley.model.Plan;

/**
 * The {@link Tagger} of a plan: its enabled listening queries, compiled once with the plan's brand names, and those
 * brand names for {@link #brands(String)}. A query that does not parse is left out and reported by
 * {@link #problems()}; the others still tag. Immutable and thread-safe: one instance serves a whole analysis run.
 */
public final class QueryTagger implements Tagger {

	/** One compiled query: the tag it gives and the language it is limited to ({@code ""} for any). */
	private record Compiled(Query query, Tag tag, String language) {
	}

	private final List<Compiled> queries;
	private final List<QueryProblem> problems;
	private final BrandVocabulary vocabulary;

	private QueryTagger(List<Compiled> queries, List<QueryProblem> problems, BrandVocabulary vocabulary) {
		this.queries = List.copyOf(queries);
		this.problems = List.copyOf(problems);
		this.vocabulary = vocabulary;
	}

	/** Compiles the enabled listening queries of {@code plan}; a plan without listening tags nothing. */
	public static QueryTagger of(Plan plan) {
		BrandVocabulary vocabulary = BrandVocabulary.of(plan);
		List<Compiled> queries = new ArrayList<>();
		List<QueryProblem> problems = new ArrayList<>();
		if (plan != null && plan.getListening() != null) {
			for (ListeningQuery query : plan.getListening().getQueries()) {
				if (!query.isEnabled()) {
					continue;
				}
				try {
					Tag tag = new Tag(query.getTag().getLiteral().toLowerCase(Locale.ROOT), query.getName());
					queries.add(new Compiled(Query.parse(query.getExpression(), vocabulary), tag,
							primaryLanguage(query.getLanguage())));
				} catch (QuerySyntaxException e) {
					problems.add(new QueryProblem(query.getName(), e.getMessage()));
				}
			}
		}
		return new QueryTagger(queries, problems, vocabulary);
	}

	/** The queries that did not parse, in the model's order. */
	public List<QueryProblem> problems() {
		return problems;
	}

	@Override
	public List<Tag> tags(String text, String lang) {
		return tags(TokenizedText.of(text), lang);
	}

	/**
	 * The tags of a text already tokenised, so that one tokenisation serves the tags and the brands.
	 *
	 * @param lang the text's language; null, empty or {@link LanguageIdentifier#UNDETERMINED} lets every query try
	 */
	public List<Tag> tags(TokenizedText text, String lang) {
		String language = lang == null || lang.equals(LanguageIdentifier.UNDETERMINED) ? "" : primaryLanguage(lang);
		List<Tag> tags = new ArrayList<>(2);
		for (Compiled compiled : queries) {
			boolean inLanguage = compiled.language().isEmpty() || language.isEmpty()
					|| compiled.language().equals(language);
			// Two queries of the same kind and name give one tag.
			if (inLanguage && !tags.contains(compiled.tag()) && compiled.query().matches(text)) {
				tags.add(compiled.tag());
			}
		}
		return tags.isEmpty() ? List.of() : List.copyOf(tags);
	}

	@Override
	public Tagging tag(String text, String lang) {
		TokenizedText tokens = TokenizedText.of(text);
		return new Tagging(tags(tokens, lang), brands(tokens));
	}

	@Override
	public List<TextSpan> brands(String text) {
		return brands(TokenizedText.of(text));
	}

	/** Where a text already tokenised names a brand of the plan, in text order. */
	public List<TextSpan> brands(TokenizedText text) {
		return vocabulary.brands(text);
	}

	/** {@code en} for {@code en-GB}: queries and texts compare by primary language only. */
	private static String primaryLanguage(String tag) {
		return tag == null ? "" : tag.trim().split("[-_]")[0].toLowerCase(Locale.ROOT);
	}
}
