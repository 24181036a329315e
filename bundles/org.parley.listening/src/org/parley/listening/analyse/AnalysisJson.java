package org.parley.listening.analyse;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;

/** A mention's analysis as one line of JSON (Gson, record components in order, the mention id first), and back. */
final class AnalysisJson {

	private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

	private AnalysisJson() {
	}

	static String write(MentionAnalysis analysis) {
		return GSON.toJson(analysis);
	}

	/** @throws IllegalArgumentException when the line is not an analysis record */
	static MentionAnalysis read(String line) {
		try {
			MentionAnalysis analysis = GSON.fromJson(line, MentionAnalysis.class);
			if (analysis == null || analysis.mentionId() == null) {
				throw new IllegalArgumentException("no mentionId");
			}
			return analysis;
		} catch (JsonParseException e) {
			throw new IllegalArgumentException(e.getMessage(), e);
		}
	}
}
