package org.parley.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.parley.listening.analyse.Intent;
import org.parley.listening.analyse.LanguageIdentifier;
import org.parley.listening.analyse.OpinionClassifier;
import org.parley.listening.analyse.Sentiment;
import org.parley.listening.analyse.Tag;
import org.parley.listening.analyse.Tagger;
import org.parley.listening.lang.NgramLanguageIdentifier;
import org.parley.listening.opinion.TrainedOpinionClassifier;
import org.parley.listening.query.QueryTagger;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parley classify [--project DIR] [--input FILE]}: sentiment and intent of JSON lines, as a filter. */
@Command(name = "classify", mixinStandardHelpOptions = true,
		description = { "Reads JSON lines, each an object with a \"text\", from standard input (or --input) and writes each",
				"back with its other fields unchanged and in order, followed by \"lang\", \"sentiment\" (positive,",
				"neutral, negative), \"score\" (-1 to 1), \"intent\" (none, buy, buy_blocked, churn) and \"obstacle\"",
				"(null, or what blocks a purchase). A \"lang\" the line has is kept unless it is \"und\" or \"other\";",
				"otherwise it is identified from the text. French and English are classified; other languages are",
				"neutral, with intent none. With --project, \"tags\" lists the project's listening queries the text",
				"matches, each as {\"kind\", \"name\"}.",
				"A line that is not a JSON object with a \"text\" is reported on standard error with its number and",
				"left out; the other lines are still written, and the exit code is then 2." })
public class ClassifyCommand implements Callable<Integer> {

	private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().serializeNulls().create();

	@Spec
	CommandSpec spec;

	@Option(names = "--project", paramLabel = "DIR",
			description = "tag with this project's listening queries and learn from its corrections (parley label)")
	Path project;

	@Option(names = "--input", paramLabel = "FILE", description = "read this file instead of standard input")
	Path input;

	@Override
	public Integer call() throws IOException {
		OpinionClassifier classifier = classifier();
		LanguageIdentifier languages = NgramLanguageIdentifier.shipped();
		Tagger tagger = tagger();
		String source = input == null ? "stdin" : input.toString();
		PrintWriter out = spec.commandLine().getOut();
		int bad = 0;
		try (BufferedReader reader = open()) {
			String line;
			int number = 0;
			while ((line = reader.readLine()) != null) {
				number++;
				if (line.isBlank()) {
					continue;
				}
				JsonObject record = record(line);
				JsonElement text = record == null ? null : record.get("text");
				if (text == null || !text.isJsonPrimitive() || !text.getAsJsonPrimitive().isString()) {
					spec.commandLine().getErr().println("parley classify: " + source + ":" + number + ": "
							+ (record == null ? "not a JSON object" : "no \"text\" string"));
					bad++;
					continue;
				}
				out.println(GSON.toJson(classified(record, text.getAsString(), classifier, languages, tagger)));
			}
		}
		out.flush();
		return bad == 0 ? ExitCode.OK : ExitCode.BAD_INPUT;
	}

	private static JsonObject classified(JsonObject record, String text, OpinionClassifier classifier,
			LanguageIdentifier languages, Tagger tagger) {
		String lang = givenLanguage(record);
		if (lang == null) {
			lang = languages.identify(text);
		}
		Sentiment sentiment = classifier.sentiment(text, lang);
		Intent intent = classifier.intent(text, lang);
		JsonObject result = record.deepCopy();
		// Computed fields go last, replacing any the input had, so that running classify twice changes nothing.
		for (String name : new String[] { "lang", "sentiment", "score", "intent", "obstacle", "tags" }) {
			result.remove(name);
		}
		result.addProperty("lang", lang);
		result.addProperty("sentiment", sentiment.polarity().label());
		result.addProperty("score", Math.round(sentiment.score() * 1000) / 1000.0);
		result.addProperty("intent", intent.kind().label());
		result.addProperty("obstacle", intent.obstacle() == null ? null : intent.obstacle().label());
		if (tagger != null) {
			JsonArray tags = new JsonArray();
			for (Tag tag : tagger.tags(text, lang)) {
				JsonObject json = new JsonObject();
				json.addProperty("kind", tag.kind());
				json.addProperty("name", tag.name());
				tags.add(json);
			}
			result.add("tags", tags);
		}
		return result;
	}

	/** The project's queries as a tagger, or null without --project; a query that does not parse is reported. */
	private Tagger tagger() {
		if (project == null) {
			return null;
		}
		QueryTagger tagger = QueryTagger.of(ProjectFolder.load(project, spec.commandLine().getErr()).plan());
		tagger.problems().forEach(problem -> spec.commandLine().getErr()
				.println("parley classify: query \"" + problem.query() + "\" skipped: " + problem.message()));
		return tagger;
	}

	/** The line's own "lang", unless it is missing or says it does not know (the crawler writes "other"). */
	private static String givenLanguage(JsonObject record) {
		JsonElement given = record.get("lang");
		if (given == null || !given.isJsonPrimitive()) {
			return null;
		}
		String lang = given.getAsString().strip();
		return lang.isEmpty() || lang.equals(LanguageIdentifier.UNDETERMINED) || lang.equals("other") ? null : lang;
	}

	private OpinionClassifier classifier() {
		if (project == null) {
			return TrainedOpinionClassifier.shipped();
		}
		if (!Files.isDirectory(project)) {
			throw new UsageException(project + ": no such project folder");
		}
		try {
			return TrainedOpinionClassifier.forProject(project);
		} catch (IOException e) {
			throw new UsageException(e.getMessage(), e);
		}
	}

	private BufferedReader open() {
		if (input == null) {
			return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
		}
		try {
			return Files.newBufferedReader(input, StandardCharsets.UTF_8);
		} catch (NoSuchFileException e) {
			throw new UsageException(input + ": no such file", e);
		} catch (IOException e) {
			throw new UsageException(input + ": " + e.getMessage(), e);
		}
	}

	private static JsonObject record(String line) {
		try {
			JsonElement parsed = JsonParser.parseString(line);
			return parsed.isJsonObject() ? parsed.getAsJsonObject() : null;
		} catch (JsonParseException e) {
			return null;
		}
	}
}
