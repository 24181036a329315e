package org.parley.listening.analyse;

import java.nio.file.Path;

import org.parley.model.Plan;

/**
 * Builds the analyse stage's classifiers for a project: the one place that names the implementations of
 * {@link LanguageIdentifier}, {@link Tagger} and {@link OpinionClassifier}, so commands and jobs never do.
 */
public final class ProjectAnalysers {

	private ProjectAnalysers() {
	}

	/**
	 * The analyser for this project's queries, brands and labels.
	 *
	 * @param projectDir where {@code listening/labels.jsonl} (users' corrections) lives
	 */
	public static MentionAnalyser forProject(Path projectDir, Plan plan) {
		throw new UnsupportedOperationException("wired by the integrator");
	}
}
