package org.parley.listening.correction;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.parley.core.storage.AtomicFile;
import org.parley.listening.analyse.IntentKind;
import org.parley.listening.analyse.Obstacle;
import org.parley.listening.analyse.Polarity;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.stream.JsonWriter;

/**
 * The project's corrections, {@code listening/labels.jsonl}: one JSON object a line with the fields in a fixed order
 * (mentionId, at, sentiment, intent, obstacle), the lines sorted and unique. Corrections are only ever added, so
 * Git's union merge of two people's files keeps both; sorting puts a mention's corrections together, oldest first.
 */
public final class CorrectionFile {

	/** The file, relative to the project. */
	public static final String PATH = "listening/labels.jsonl";

	private final Path file;

	public CorrectionFile(Path projectDir) {
		this.file = projectDir.resolve(PATH);
	}

	public Path file() {
		return file;
	}

	/**
	 * Adds a correction; the file is rewritten atomically, sorted and without duplicate lines.
	 *
	 * @throws IOException naming the file when it cannot be read or written
	 */
	public void add(Correction correction) throws IOException {
		TreeSet<String> lines = new TreeSet<>();
		if (Files.exists(file)) {
			for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
				if (!line.isBlank()) {
					lines.add(line);
				}
			}
		}
		lines.add(write(correction));
		Files.createDirectories(file.getParent());
		AtomicFile.write(file, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
	}

	/** Every correction in file order; an absent file has none. */
	public List<Correction> all() throws IOException {
		List<Correction> all = new ArrayList<>();
		if (!Files.exists(file)) {
			return all;
		}
		int number = 0;
		for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			number++;
			if (line.isBlank()) {
				continue;
			}
			try {
				all.add(read(line));
			} catch (IllegalArgumentException | IllegalStateException | JsonParseException e) {
				throw new IOException(file + ":" + number + ": not a correction: " + e.getMessage(), e);
			}
		}
		return all;
	}

	/** The latest correction of each corrected mention, by mention id. */
	public Map<String, Correction> latest() throws IOException {
		Map<String, Correction> latest = new LinkedHashMap<>();
		for (Correction c : all()) {
			latest.merge(c.mentionId(), c, (old, now) -> now.at().compareTo(old.at()) >= 0 ? now : old);
		}
		return latest;
	}

	static String write(Correction c) {
		StringWriter out = new StringWriter();
		try (JsonWriter json = new JsonWriter(out)) {
			json.setSerializeNulls(true);
			json.beginObject();
			json.name("mentionId").value(c.mentionId());
			json.name("at").value(c.at());
			json.name("sentiment").value(c.sentiment().label());
			json.name("intent").value(c.intent() == null ? null : c.intent().label());
			json.name("obstacle").value(c.obstacle() == null ? null : c.obstacle().label());
			json.endObject();
		} catch (IOException e) {
			throw new IllegalStateException("writing to a string cannot fail", e);
		}
		return out.toString();
	}

	static Correction read(String line) {
		JsonObject o = JsonParser.parseString(line).getAsJsonObject();
		String intent = text(o, "intent");
		String obstacle = text(o, "obstacle");
		return new Correction(text(o, "mentionId"), text(o, "at"), Polarity.ofLabel(required(o, "sentiment")),
				intent == null ? null : IntentKind.ofLabel(intent), obstacle == null ? null : Obstacle.ofLabel(obstacle));
	}

	private static String required(JsonObject o, String name) {
		String value = text(o, name);
		if (value == null) {
			throw new IllegalArgumentException("no \"" + name + "\"");
		}
		return value;
	}

	private static String text(JsonObject o, String name) {
		JsonElement e = o.get(name);
		return e == null || e.isJsonNull() ? null : e.getAsString();
	}
}
