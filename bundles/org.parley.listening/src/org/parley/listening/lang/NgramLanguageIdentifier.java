package org.parley.listening.lang;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.parley.listening.analyse.LanguageIdentifier;

/**
 * Names the language of a post, a tweet or a forum one-liner, from its character n-grams. It first picks among
 * 17 languages with short-message profiles (so that German, Spanish, Italian, Portuguese, Dutch … come out as
 * themselves), favouring French and English, the languages Parley listens in; when the pick is French or
 * English, a second model trained on French and English tweets settles which, since short posts in those two are
 * the ones that matter most and that general profiles confuse most.
 * <p>
 * Texts with fewer than {@value #MIN_LETTERS} letters once links, handles, numbers and emoji are left out, and
 * texts mostly in another script than the Latin one, are {@link LanguageIdentifier#UNDETERMINED}. Instances are
 * immutable and thread-safe; {@link #shipped()} builds the one made from the data the bundle ships, once, on first
 * use.
 */
public final class NgramLanguageIdentifier implements LanguageIdentifier {

	/** Fewer letters than this say too little: "ok", "lol", "😡😡". */
	public static final int MIN_LETTERS = 4;

	// A page's first few thousand characters decide its language; the rest would only cost time.
	private static final int MAX_CHARS = 5_000;

	// e^8: a three-word post must look clearly like another language before it stops being French or English.
	private static final double FRENCH_ENGLISH_LOG_PRIOR = 8;
	private static final int PROFILE_GRAM_LENGTH = 3;
	private static final int TWEET_GRAM_LENGTH = 4;

	private final NaiveBayes allLanguages;
	private final NaiveBayes frenchOrEnglish;

	private NgramLanguageIdentifier(NaiveBayes allLanguages, NaiveBayes frenchOrEnglish) {
		this.allLanguages = allLanguages;
		this.frenchOrEnglish = frenchOrEnglish;
	}

	/** The identifier built from the profiles and tweets shipped in this bundle; built on first call, then shared. */
	public static NgramLanguageIdentifier shipped() {
		return Shipped.INSTANCE;
	}

	/** The ISO 639-1 codes this identifier can return, besides {@link LanguageIdentifier#UNDETERMINED}. */
	public List<String> languages() {
		return ShippedProfiles.LANGUAGES;
	}

	@Override
	public String identify(String text) {
		String head = text != null && text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
		List<String> words = LetterWords.of(head);
		int letters = LetterWords.letters(words);
		// Every profile is of a Latin-script language: a Cyrillic or Arabic post is none of them.
		if (letters < MIN_LETTERS || LetterWords.latinLetters(words) * 2 < letters) {
			return UNDETERMINED;
		}
		String language = allLanguages.best(words);
		if (language == null) {
			return UNDETERMINED;
		}
		if (language.equals("fr") || language.equals("en")) {
			String refined = frenchOrEnglish.best(words);
			return refined == null ? language : refined;
		}
		return language;
	}

	/** Holder idiom: the data is read when {@link #shipped()} is first called, by one thread. */
	private static final class Shipped {
		static final NgramLanguageIdentifier INSTANCE = build();

		private static NgramLanguageIdentifier build() {
			NaiveBayes all = new NaiveBayes(ShippedProfiles.shortMessages(),
					Map.of("fr", FRENCH_ENGLISH_LOG_PRIOR, "en", FRENCH_ENGLISH_LOG_PRIOR), 0.5, PROFILE_GRAM_LENGTH);
			Map<String, NgramProfile> tweetProfiles = new LinkedHashMap<>();
			for (String language : List.of("fr", "en")) {
				tweetProfiles.put(language, NgramProfile.count(ShippedProfiles.tweets(language), TWEET_GRAM_LENGTH));
			}
			NaiveBayes tweets = new NaiveBayes(tweetProfiles, Map.of(), 0.1, TWEET_GRAM_LENGTH);
			return new NgramLanguageIdentifier(all, tweets);
		}
	}
}
