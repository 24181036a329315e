package org.parley.listening.analyse;

import java.util.List;
import java.util.Objects;

import org.parley.listening.store.Mention;

/**
 * Turns a stored mention into what the analyse stage says about it, by running a language identifier, a tagger and
 * an opinion classifier over the post's text. Stateless apart from its parts, so one instance serves a whole run.
 */
public final class MentionAnalyser {

	private final LanguageIdentifier languages;
	private final Tagger tagger;
	private final OpinionClassifier opinions;
	private final String version;

	/**
	 * @param version names the analysers' versions together; stored analyses of another version are redone
	 */
	public MentionAnalyser(LanguageIdentifier languages, Tagger tagger, OpinionClassifier opinions, String version) {
		this.languages = Objects.requireNonNull(languages, "languages");
		this.tagger = Objects.requireNonNull(tagger, "tagger");
		this.opinions = Objects.requireNonNull(opinions, "opinions");
		this.version = Objects.requireNonNull(version, "version");
	}

	public String version() {
		return version;
	}

	public MentionAnalysis analyse(Mention mention) {
		String text = textOf(mention);
		String lang = languages.identify(text);
		// the extractor's guess from the page (html lang) is better than nothing on very short posts
		if (LanguageIdentifier.UNDETERMINED.equals(lang) && mention.lang() != null && !mention.lang().isBlank()) {
			lang = mention.lang();
		}
		List<Tag> tags = List.copyOf(tagger.tags(text, lang));
		List<BrandOpinion> brands = List.copyOf(opinions.perBrand(text, lang, tagger.brands(text)));
		return new MentionAnalysis(mention.id(), lang, opinions.sentiment(text, lang), opinions.intent(text, lang), tags,
				brands, version, false);
	}

	/** The post's own words; the thread title is shared by every post of a thread, so it only stands in for an empty post. */
	static String textOf(Mention mention) {
		if (mention.text() != null && !mention.text().isBlank()) {
			return mention.text();
		}
		return mention.title() == null ? "" : mention.title();
	}
}
