package org.parley.listening.lang;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The language data inside the bundle (see {@code resources/org/parley/listening/lang/README.md}): short-message
 * n-gram profiles of 17 languages, and French and English tweets.
 */
final class ShippedProfiles {

	/** The languages of the short-message profiles, as ISO 639-1 codes. */
	static final List<String> LANGUAGES = List.of("cs", "da", "de", "en", "es", "fi", "fr", "id", "it", "nl", "no",
			"pl", "pt", "ro", "sv", "tr", "vi");

	private ShippedProfiles() {
	}

	static Map<String, NgramProfile> shortMessages() {
		Map<String, NgramProfile> profiles = new LinkedHashMap<>();
		for (String language : LANGUAGES) {
			String resource = "shorttext/" + language + ".json";
			try (BufferedReader reader = open(resource)) {
				profiles.put(language, NgramProfile.readJson(reader));
			} catch (IOException | RuntimeException e) {
				throw new IllegalStateException(resourceName(resource) + ": cannot read the language profile: " + e, e);
			}
		}
		return profiles;
	}

	/** One tweet per line, in {@code language} ({@code en} or {@code fr}). */
	static List<String> tweets(String language) {
		String resource = "tweets/" + language + ".txt";
		try (BufferedReader reader = open(resource)) {
			return reader.lines().toList();
		} catch (IOException e) {
			throw new UncheckedIOException(resourceName(resource) + ": cannot read the tweets", e);
		}
	}

	private static BufferedReader open(String resource) throws IOException {
		InputStream in = ShippedProfiles.class.getResourceAsStream(resource);
		if (in == null) {
			throw new IOException(resourceName(resource) + ": missing from the bundle");
		}
		return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
	}

	private static String resourceName(String resource) {
		return "org/parley/listening/lang/" + resource;
	}
}
