package org.parley.listening.sentiment;

import java.util.Map;
import java.util.Set;

/**
 * The words that change other words' sentiment in one language: negators flip it, boosters strengthen it
 * (dampeners have a negative boost), and a contrast word makes the clause after it count more than the one before.
 */
record LanguageCues(Set<String> negators, Map<String, Double> boosters, Set<String> contrasts) {

	private static final double UP = 0.293;
	private static final double DOWN = -0.293;

	static final LanguageCues FRENCH = new LanguageCues(
			Set.of("ne", "pas", "jamais", "aucun", "aucune", "rien", "sans", "ni", "non", "personne", "guère"),
			Map.ofEntries(Map.entry("très", UP), Map.entry("tres", UP), Map.entry("vraiment", UP),
					Map.entry("tellement", UP), Map.entry("trop", UP), Map.entry("super", UP), Map.entry("hyper", UP),
					Map.entry("ultra", UP), Map.entry("extrêmement", UP), Map.entry("totalement", UP),
					Map.entry("complètement", UP), Map.entry("carrément", UP), Map.entry("grave", UP),
					Map.entry("vachement", UP), Map.entry("absolument", UP), Map.entry("si", UP), Map.entry("tout", UP),
					Map.entry("franchement", UP), Map.entry("encore", UP), Map.entry("peu", DOWN),
					Map.entry("assez", DOWN), Map.entry("plutôt", DOWN), Map.entry("moyennement", DOWN),
					Map.entry("presque", DOWN), Map.entry("légèrement", DOWN)),
			Set.of("mais", "cependant", "pourtant", "toutefois", "néanmoins", "sauf", "contre", "malheureusement"));

	static final LanguageCues ENGLISH = new LanguageCues(
			Set.of("not", "no", "never", "nothing", "nobody", "none", "neither", "nor", "without", "hardly", "cannot",
					"barely", "nowhere"),
			Map.ofEntries(Map.entry("very", UP), Map.entry("really", UP), Map.entry("so", UP), Map.entry("too", UP),
					Map.entry("extremely", UP), Map.entry("totally", UP), Map.entry("completely", UP),
					Map.entry("absolutely", UP), Map.entry("incredibly", UP), Map.entry("utterly", UP),
					Map.entry("super", UP), Map.entry("such", UP), Map.entry("truly", UP), Map.entry("fucking", UP),
					Map.entry("bloody", UP), Map.entry("most", UP), Map.entry("quite", DOWN),
					Map.entry("slightly", DOWN), Map.entry("somewhat", DOWN), Map.entry("kinda", DOWN),
					Map.entry("fairly", DOWN), Map.entry("barely", DOWN), Map.entry("little", DOWN)),
			Set.of("but", "however", "although", "though", "yet", "except", "unfortunately", "sadly"));
}
