package org.parley.listening.alert;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A stream of posts for early warning to watch: real tweets replayed as background traffic at random (seeded)
 * times by random authors, a few of them much more active than the rest as on any network, plus optional bursts of
 * posts that say a new term, each from another author, at a steady rate from a known time.
 */
final class SimulatedStream {

	/** A burst: {@code postsPerHour} posts built from {@code templates} for {@code hours} from {@code start}. */
	record Burst(String key, List<String> templates, Instant start, double postsPerHour, int hours) {
	}

	static final Instant START = Instant.parse("2027-01-04T00:00:00Z");
	static final int AUTHORS = 3000;

	/** French complaints about a mobile data outage: "panne 4g" is in no tweet of the corpus. */
	static final List<String> PANNE_4G = List.of("Encore une panne 4G ce matin, impossible d'envoyer un message",
			"Panne 4G depuis deux heures à Lyon, c'est inacceptable", "Quelqu'un d'autre a une panne 4G ? Plus rien ne passe",
			"Toujours la panne 4G... vous faites quoi ?", "La panne 4G dure depuis midi, merci de nous tenir informés",
			"Panne 4G générale chez moi aussi #panne4G", "Grosse panne 4G dans tout le quartier");

	/** English posts about eSIM activation failing: no word of the complaint lexicon needed to notice it. */
	static final List<String> ESIM_ACTIVATION = List.of("My eSIM activation has been pending since this morning",
			"Anyone else stuck on eSIM activation? The app just spins", "eSIM activation keeps failing on my new phone",
			"Day two of waiting for eSIM activation, great start", "Is eSIM activation down for everyone or just me?",
			"Tried the eSIM activation three times now, same error");

	private final List<String> texts;
	private final long seed;

	SimulatedStream(List<String> texts, long seed) {
		this.texts = texts;
		this.seed = seed;
	}

	/** Background posts over {@code weeks} weeks from {@link #START}, {@code perDay} a day on average. */
	List<Observation> background(int weeks, int perDay) {
		Random random = new Random(seed);
		int count = weeks * 7 * perDay;
		long span = Duration.ofDays(weeks * 7L).toSeconds();
		List<Observation> posts = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			Instant time = START.plusSeconds((long) (random.nextDouble() * span));
			// squaring skews activity: a few authors post much more than most, as on any network
			int author = (int) (AUTHORS * Math.pow(random.nextDouble(), 2));
			posts.add(new Observation("bg-" + i, "author-" + author, time, texts.get(random.nextInt(texts.size()))));
		}
		return posts;
	}

	/** The burst's posts, each from a different author, evenly spread with a random jitter. */
	List<Observation> burst(Burst burst) {
		Random random = new Random(seed * 31 + burst.key().hashCode());
		int count = (int) Math.round(burst.postsPerHour() * burst.hours());
		double gap = 3600 / burst.postsPerHour();
		List<Observation> posts = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			Instant time = burst.start().plusSeconds((long) (i * gap + random.nextDouble() * gap));
			String text = burst.templates().get(random.nextInt(burst.templates().size()));
			posts.add(new Observation(burst.key() + "-" + i, burst.key() + "-author-" + i, time, text));
		}
		return posts;
	}
}
