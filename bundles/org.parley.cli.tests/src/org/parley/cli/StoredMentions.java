package org.parley.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.parley.listening.store.Mention;
import org.parley.listening.store.MentionStore;

/**
 * Stores real tweets (UMSAB, English and French) as a project's mentions: ten days of background at 60 a day by
 * random (seeded) authors, then on the last morning 16 French posts about a giffgaff 4G outage, each by another
 * author, two an hour.
 */
final class StoredMentions {

	static final Instant START = Instant.parse("2027-02-01T00:00:00Z");
	static final Instant OUTAGE = START.plus(Duration.ofDays(10)).plus(Duration.ofHours(1));

	private StoredMentions() {
	}

	static List<Mention> store(Path project) throws IOException {
		Path corpus = Corpora.root().resolve("sentiment-umsab");
		List<String> texts = new ArrayList<>(Files.readAllLines(corpus.resolve("english/train_text.txt"), StandardCharsets.UTF_8));
		texts.addAll(Files.readAllLines(corpus.resolve("french/train_text.txt"), StandardCharsets.UTF_8));
		Random random = new Random(5);
		List<Mention> mentions = new ArrayList<>();
		for (int i = 0; i < 600; i++) {
			Instant time = START.plusSeconds(random.nextInt(10 * 86_400));
			mentions.add(mention("bg" + i, "author-" + random.nextInt(400), time, texts.get(random.nextInt(texts.size()))));
		}
		String[] outage = { "Encore une panne 4G chez giffgaff ce matin", "Panne 4G giffgaff depuis une heure, inacceptable",
				"Quelqu'un a aussi une panne 4G avec giffgaff ?", "La panne 4G continue, giffgaff vous faites quoi ?" };
		for (int i = 0; i < 16; i++) {
			mentions.add(mention("out" + i, "outage-author-" + i, OUTAGE.plus(Duration.ofMinutes(30L * i)), outage[i % 4]));
		}
		new MentionStore(project).add(mentions);
		return mentions;
	}

	private static Mention mention(String key, String author, Instant time, String text) {
		String url = "https://social.example/x/" + key;
		return new Mention(Mention.idFor(url, "post"), "X", url, url, null, author, time.toString(), null, text,
				time.toString(), 200, "sha256:" + key, "test");
	}
}
