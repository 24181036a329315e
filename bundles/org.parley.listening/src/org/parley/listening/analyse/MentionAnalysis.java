package org.parley.listening.analyse;

import java.util.List;

/**
 * Everything the analyse stage says about one stored mention.
 *
 * @param mentionId the {@code Mention.id()} it is about
 * @param lang an ISO 639-1 code or {@link LanguageIdentifier#UNDETERMINED}
 * @param analyserVersion the version of the analysers that produced it; another version re-analyses
 * @param corrected true when a user's correction (a label) set the sentiment or intent
 */
public record MentionAnalysis(String mentionId, String lang, Sentiment sentiment, Intent intent, List<Tag> tags,
		List<BrandOpinion> brands, String analyserVersion, boolean corrected) {
}
