package org.parley.listening.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.parley.listening.analyse.TextSpan;
import org.parley.listening.query.TokenizedText.Kind;
import org.parley.model.Brand;
import org.parley.model.Plan;
import org.parley.model.Product;

/**
 * The names of a plan's brands and products, with their aliases and handles: a query term that names one of them
 * also matches its other spellings, and {@link #brands(TokenizedText)} finds where a text names a brand.
 */
public final class BrandVocabulary {

	/** No brands: queries match their own words only. */
	public static final BrandVocabulary NONE = new BrandVocabulary(List.of());

	/** A brand or product and every way to write it; {@code brand} says whether it counts for {@link #brands}. */
	private record Named(String canonical, boolean brand, List<WordSequence> spellings) {
	}

	private final Map<String, Set<Named>> byKey = new HashMap<>();
	private final Map<String, List<BrandSpelling>> brandsByFirstForm = new HashMap<>();

	private record BrandSpelling(String brand, WordSequence spelling) {
	}

	private BrandVocabulary(List<Named> named) {
		for (Named entry : named) {
			for (WordSequence spelling : entry.spellings()) {
				if (spelling.words().get(0).kind() == null) {
					byKey.computeIfAbsent(spelling.key(), key -> new LinkedHashSet<>()).add(entry);
				}
				if (entry.brand()) {
					brandsByFirstForm.computeIfAbsent(spelling.words().get(0).form(), form -> new ArrayList<>())
							.add(new BrandSpelling(entry.canonical(), spelling));
				}
			}
		}
	}

	/** The brands and products of {@code plan}'s strategy; {@link #NONE} when it has none. */
	public static BrandVocabulary of(Plan plan) {
		if (plan == null || plan.getStrategy() == null) {
			return NONE;
		}
		List<Named> named = new ArrayList<>();
		for (Brand brand : plan.getStrategy().getBrands()) {
			List<String> names = new ArrayList<>();
			names.add(brand.getName());
			names.addAll(brand.getAliases());
			names.addAll(brand.getHandles());
			named.add(new Named(brand.getName(), true, spellings(names)));
			for (Product product : brand.getProducts()) {
				List<String> productNames = new ArrayList<>();
				productNames.add(product.getName());
				productNames.addAll(product.getAliases());
				named.add(new Named(product.getName(), false, spellings(productNames)));
			}
		}
		return new BrandVocabulary(named);
	}

	/**
	 * Every spelling of the brands and products that {@code sequence} names by name or alias, or an empty list. A
	 * handle in a query ({@code @giffgaff}) stays a handle: it is not widened.
	 */
	List<WordSequence> spellingsOf(WordSequence sequence) {
		Set<Named> named = byKey.get(sequence.key());
		if (named == null) {
			return List.of();
		}
		List<WordSequence> spellings = new ArrayList<>();
		named.forEach(entry -> spellings.addAll(entry.spellings()));
		return spellings;
	}

	/** Where {@code text} names a brand by name, alias or handle, in text order, the longest spelling first. */
	public List<TextSpan> brands(TokenizedText text) {
		List<TextSpan> spans = new ArrayList<>();
		int i = 0;
		while (i < text.size()) {
			List<BrandSpelling> candidates = brandsByFirstForm.get(text.form(i));
			String brand = null;
			int longest = 0;
			if (candidates != null) {
				for (BrandSpelling candidate : candidates) {
					int length = candidate.spelling().matchAt(text, i);
					if (length > longest) {
						longest = length;
						brand = candidate.brand();
					}
				}
			}
			if (longest > 0) {
				spans.add(new TextSpan(brand, text.start(i), text.end(i + longest - 1)));
				i += longest;
			} else {
				i++;
			}
		}
		return spans;
	}

	private static List<WordSequence> spellings(List<String> names) {
		Set<WordSequence> spellings = new LinkedHashSet<>();
		for (String name : names) {
			TokenizedText tokens = TokenizedText.of(name);
			if (tokens.size() == 0) {
				continue;
			}
			List<WordPattern> words = new ArrayList<>();
			for (int i = 0; i < tokens.size(); i++) {
				words.add(new WordPattern(tokens.form(i), false, tokens.kind(i) == Kind.WORD ? null : tokens.kind(i)));
			}
			WordSequence spelling = new WordSequence(words);
			spellings.add(spelling);
			if (spelling.joined() != null) {
				spellings.add(spelling.joined());
			}
		}
		return List.copyOf(spellings);
	}
}
