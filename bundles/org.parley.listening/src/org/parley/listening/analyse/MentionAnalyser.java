package org.parley.listening.analyse;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.parley.listening.correction.Correction;
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
	private final Function<String, Optional<Correction>> corrections;

	/**
	 * @param version names the analysers' versions together; stored analyses of another version are redone
	 */
	public MentionAnalyser(LanguageIdentifier languages, Tagger tagger, OpinionClassifier opinions, String version) {
		this.languages = Objects.requireNonNull(languages, "languages");
		this.tagger = Objects.requireNonNull(tagger, "tagger");
		this.opinions = Objects.requireNonNull(opinions, "opinions");
		this.version = Objects.requireNonNull(version, "version");
		this.corrections = id -> Optional.empty();
	}

	private MentionAnalyser(MentionAnalyser parts, Function<String, Optional<Correction>> corrections) {
		this.languages = parts.languages;
		this.tagger = parts.tagger;
		this.opinions = parts.opinions;
		this.version = parts.version;
		this.corrections = corrections;
	}

	/** The same analyser, where a user's correction of a mention (by id) overrides what the classifier says. */
	public MentionAnalyser withCorrections(Function<String, Optional<Correction>> corrections) {
		return new MentionAnalyser(this, Objects.requireNonNull(corrections, "corrections"));
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
		Tagger.Tagging tagging = tagger.tag(text, lang);
		List<Tag> tags = List.copyOf(tagging.tags());
		// No brand named, no opinion per brand (the classifier's contract): its models need not be looked up.
		List<BrandOpinion> brands = tagging.brands().isEmpty() ? List.of()
				: List.copyOf(opinions.perBrand(text, lang, tagging.brands()));
		Sentiment sentiment = opinions.sentiment(text, lang);
		Intent intent = opinions.intent(text, lang);
		Optional<Correction> correction = corrections.apply(mention.id());
		if (correction.isPresent()) {
			Correction c = correction.get();
			sentiment = new Sentiment(c.sentiment(), scoreOf(c.sentiment()));
			intent = c.intent() == null ? intent : new Intent(c.intent(), c.obstacle());
		}
		return new MentionAnalysis(mention.id(), lang, sentiment, intent, tags, brands, version, correction.isPresent());
	}

	/** A user's label carries no strength; the extreme score says it is certain. */
	private static double scoreOf(Polarity polarity) {
		return switch (polarity) {
			case POSITIVE -> 1;
			case NEGATIVE -> -1;
			case NEUTRAL -> 0;
		};
	}

	/** The post's own words; the thread title is shared by every post of a thread, so it only stands in for an empty post. */
	static String textOf(Mention mention) {
		if (mention.text() != null && !mention.text().isBlank()) {
			return mention.text();
		}
		return mention.title() == null ? "" : mention.title();
	}
}
