package org.parley.listening.analyse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.parley.listening.extract.Corpora;
import org.parley.listening.store.Mention;

/** Real tweets (UMSAB, English and French, users and links masked) to stand in for what customers post. */
public final class TweetCorpus {

	private TweetCorpus() {
	}

	/** Every tweet of a language's train and val splits ({@code english} or {@code french}). */
	public static List<String> texts(String language) {
		Path folder = Corpora.root().resolve("sentiment-umsab").resolve(language);
		List<String> texts = new ArrayList<>();
		try {
			texts.addAll(Files.readAllLines(folder.resolve("train_text.txt"), StandardCharsets.UTF_8));
			texts.addAll(Files.readAllLines(folder.resolve("val_text.txt"), StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		texts.removeIf(String::isBlank);
		return texts;
	}

	/** Both languages' tweets. */
	public static List<String> all() {
		List<String> all = new ArrayList<>(texts("english"));
		all.addAll(texts("french"));
		return all;
	}

	/** A mention as the crawler would store it, for a simulated social network. */
	public static Mention mention(String key, String source, String author, Instant time, String text) {
		String url = "https://social.example/" + source.toLowerCase().replace(' ', '-') + "/" + key;
		return new Mention(Mention.idFor(url, "post"), source, url, url, null, author, time.toString(), null, text,
				time.toString(), 200, "sha256:" + key, "test");
	}
}
