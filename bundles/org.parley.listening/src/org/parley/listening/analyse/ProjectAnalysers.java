package org.parley.listening.analyse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.parley.listening.correction.CorrectionFile;
import org.parley.listening.lang.NgramLanguageIdentifier;
import org.parley.listening.opinion.TrainedOpinionClassifier;
import org.parley.listening.query.QueryTagger;
import org.parley.model.ListeningQuery;
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
		try {
			TrainedOpinionClassifier opinions = TrainedOpinionClassifier.forProject(projectDir);
			return new MentionAnalyser(NgramLanguageIdentifier.shipped(), QueryTagger.of(plan), opinions,
					version(projectDir, plan)).withCorrections(opinions::correctionOf);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * The classifiers' versions plus a digest of what the project feeds them (its queries and its corrections):
	 * editing a query or correcting a label changes the analyses, so it must redo them.
	 */
	static String version(Path projectDir, Plan plan) throws IOException {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (ListeningQuery query : plan.getListening() == null ? List.<ListeningQuery>of()
					: plan.getListening().getQueries()) {
				digest.update((query.getName() + "\u0000" + query.getExpression() + "\u0000" + query.getLanguage() + "\u0000"
						+ query.getTag() + "\u0000" + query.isEnabled() + "\n").getBytes(StandardCharsets.UTF_8));
			}
			Path labels = projectDir.resolve(CorrectionFile.PATH);
			if (Files.isRegularFile(labels)) {
				digest.update(Files.readAllBytes(labels));
			}
			return "ngram-1+" + TrainedOpinionClassifier.VERSION + "+" + HexFormat.of().formatHex(digest.digest(), 0, 6);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every JDK", e);
		}
	}
}
