package org.parley.ui.tests.calendar;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.parley.listening.store.Mention;
import org.parley.listening.store.MentionStore;

/**
 * Mention files for a project: four weeks of everyday chatter by many members, then an afternoon in which thirty
 * members report a network outage, so that early warning raises "outage".
 */
final class OutageMentions {

	private static final Instant START = Instant.parse("2027-01-04T00:00:00Z");
	private static final String[] CHATTER = { "Loving the new goodybag, great value this month",
			"Anyone know how to check my balance by text?", "Recycled my old phone through the shop today",
			"Which goodybag is best for a student?", "Helpers on the community forum are brilliant",
			"Just ported my number, took ten minutes", "Roaming in Spain worked fine last week",
			"Payback points arrived, thanks", "Is the eSIM setup quick on an iPhone?", "Topped up for the weekend" };

	private OutageMentions() {
	}

	static void store(Path project) throws IOException {
		List<Mention> mentions = new ArrayList<>();
		for (int i = 0; i < 28 * 30; i++) {
			Instant at = START.plus(Duration.ofMinutes(i * 48L));
			mentions.add(mention("chatter-" + i, "member-" + (i % 200), at, CHATTER[i % CHATTER.length] + " #" + (i % 17)));
		}
		Instant outage = START.plus(Duration.ofDays(28)).plus(Duration.ofHours(13));
		for (int i = 0; i < 30; i++) {
			mentions.add(mention("outage-" + i, "reporter-" + i, outage.plus(Duration.ofMinutes(i * 15L)),
					"Network outage in " + (i % 3 == 0 ? "Leeds" : "Cardiff") + " again, no signal at all @giffgaff"));
		}
		new MentionStore(project).add(mentions);
	}

	private static Mention mention(String key, String author, Instant at, String text) {
		String url = "https://community.example/post/" + key;
		return new Mention(Mention.idFor(url, "post"), "giffgaff community", url, url, null, author, at.toString(),
				"en", text, at.toString(), 200, "sha256:" + key, "ui-test");
	}
}
