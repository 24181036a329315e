package org.parley.listening.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.parley.listening.analyse.AnalysisRun;
import org.parley.listening.analyse.ProjectAnalysers;
import org.parley.listening.store.Mention;
import org.parley.listening.store.MentionStore;
import org.parley.model.Plan;

/**
 * The sample project's listening data: a few hundred short forum posts about giffgaff, Sky and Virgin Media from
 * January to March 2027, written from templates with a fixed seed, so that every creation gives the same mentions.
 * They mix praise, questions, complaints and intents (to buy, blocked, to leave) over the sample's topics, and end
 * with an outage in Manchester that many members report in the last day, so that early warning raises an alert.
 * Fictional posts and authors.
 */
public final class SampleMentions {

	/** The first and last day of the posts. */
	public static final LocalDate FIRST_DAY = LocalDate.of(2027, 1, 1), LAST_DAY = LocalDate.of(2027, 3, 31);

	static final String EXTRACTOR = "parley-sample/1";

	private record Forum(String source, String brand, String host) {
	}

	private static final List<Forum> FORUMS = List.of(new Forum("giffgaff community", "giffgaff", "community.giffgaff.com"),
			new Forum("Sky Community", "Sky Broadband", "community.sky.com"),
			new Forum("Virgin Media Community", "Virgin Media", "community.virginmedia.com"));

	private static final List<String> CITIES = List.of("London", "Leeds", "Bristol", "Glasgow", "Cardiff",
			"Birmingham", "Norwich", "Brighton");

	/** Templates by weight; {b} is the forum's brand, {c} a city. */
	private static final String[][] ENGLISH = {
			// praise
			{ "3", "Loving my {b} goodybag, 30GB for the price is a great offer." },
			{ "2", "Big thanks to the community helper who sorted my eSIM in minutes, brilliant payback scheme." },
			{ "2", "The free Starbucks perk with giffgaff is a lovely reward, grabbed a latte this morning." },
			{ "2", "5G coverage in {c} is excellent now, really good speed on {b}." },
			{ "2", "Roaming in Spain worked perfectly abroad, no extra charges. Great job {b}." },
			{ "2", "Just got a refurbished iPhone from {b}, looks brand new, very happy with it." },
			{ "1", "Applied for the {b} graduate scheme, the careers team were really helpful." },
			// questions
			{ "3", "How do I set up an eSIM with the QR code on a Pixel? Any tips?" },
			{ "2", "Does {b} roaming work in Turkey or is it outside the roaming zone when abroad?" },
			{ "2", "When is the next goodybag launch announcement expected?" },
			{ "2", "What date is the direct debit payment taken on a monthly plan?" },
			{ "1", "Is the community forum the best place to ask about a contract question?" },
			// intent to buy
			{ "3", "Thinking of switching to {b}, I want to buy the 20GB goodybag this week. Which plan is best?" },
			{ "2", "I want to order the new iPhone from {b}, going to buy it on payday." },
			// blocked
			{ "2", "I would buy the Galaxy from {b} but it is out of stock everywhere, so annoying." },
			{ "2", "Wanted to switch and port my number to {b} but the price is too expensive for me." },
			{ "2", "Tried to buy a SIM only plan but the payment keeps failing, can't complete the order." },
			// complaints
			{ "4", "Charged twice on my bill this month by {b}, still waiting for a refund. Terrible." },
			{ "4", "Signal has been awful in {c} all week, coverage keeps dropping. Not impressed with {b}." },
			{ "3", "Broadband speed is so slow tonight, constant buffering, {b} please sort it out." },
			{ "2", "I was overcharged for roaming abroad and {b} support were useless." },
			{ "2", "eSIM activation failed three times, the QR code is not working. Frustrating." },
			// intent to leave
			{ "3", "Had enough of {b}, I'm going to cancel my contract and leave. Requesting my PAC code today." },
			{ "2", "Cancelling {b} after the price rise, I will switch network next month." } };

	private static final String[] FRENCH = { "Super débit en 5G à Paris avec giffgaff, rien à redire.",
			"Je veux résilier mon abonnement, trop de coupures réseau ce mois-ci.",
			"Facture incorrecte ce mois-ci, j'attends toujours mon remboursement.",
			"L'itinérance à l'étranger marche très bien, merci giffgaff.",
			"Merci à la communauté pour l'entraide, problème réglé en une heure." };

	/** What members post in the last day: the outage that early warning must catch. */
	private static final String[] OUTAGE = { "No signal in Manchester since 7am, is there an outage on giffgaff?",
			"giffgaff outage in Manchester again, network down and I can't make calls.",
			"Manchester outage? No signal at all on giffgaff today, really unacceptable.",
			"Still no signal in Manchester, giffgaff network down for hours. Awful.",
			"Is anyone else in Manchester with no signal? giffgaff outage since this morning." };

	private SampleMentions() {
	}

	/** The sample's mentions, the same on every call. */
	public static List<Mention> create() {
		Random random = new Random(20270101L);
		int totalWeight = 0;
		for (String[] template : ENGLISH) {
			totalWeight += Integer.parseInt(template[0]);
		}
		List<Mention> mentions = new ArrayList<>();
		int thread = 0;
		for (LocalDate day = FIRST_DAY; day.isBefore(LAST_DAY); day = day.plusDays(1)) {
			int posts = 2 + random.nextInt(3);
			for (int p = 0; p < posts; p++) {
				Forum forum = FORUMS.get(random.nextInt(10) < 6 ? 0 : 1 + random.nextInt(2));
				String text = pick(random, totalWeight).replace("{b}", forum.brand())
						.replace("{c}", CITIES.get(random.nextInt(CITIES.size())));
				mentions.add(mention(forum, ++thread, text, "en", at(day, 8 + random.nextInt(14), random.nextInt(60)),
						"member-" + (100 + random.nextInt(400))));
			}
			if (day.getDayOfMonth() % 6 == 0) {
				mentions.add(mention(FORUMS.get(0), ++thread, FRENCH[random.nextInt(FRENCH.length)], "fr",
						at(day, 9 + random.nextInt(10), random.nextInt(60)), "membre-" + (10 + random.nextInt(90))));
			}
		}
		// the outage: thirty members, each once, over the last day
		for (int i = 0; i < 30; i++) {
			String text = OUTAGE[i % OUTAGE.length];
			mentions.add(mention(FORUMS.get(0), ++thread, text, "en", at(LAST_DAY, i * 23 / 30, (i * 17) % 60),
					"member-" + (600 + i)));
		}
		return mentions;
	}

	/**
	 * Stores the sample's mentions in the project in {@code projectDir} and analyses them with the project's
	 * analysers, so that heat, reports and alerts have something to show.
	 */
	public static void addTo(Path projectDir, Plan plan) throws IOException {
		new MentionStore(projectDir).add(create());
		new AnalysisRun(projectDir, ProjectAnalysers.forProject(projectDir, plan)).run(false, progress -> {
		}, () -> false);
	}

	private static String pick(Random random, int totalWeight) {
		int ticket = random.nextInt(totalWeight);
		for (String[] template : ENGLISH) {
			ticket -= Integer.parseInt(template[0]);
			if (ticket < 0) {
				return template[1];
			}
		}
		throw new IllegalStateException("weights add up to " + totalWeight);
	}

	private static String at(LocalDate day, int hour, int minute) {
		return ZonedDateTime.of(day.atTime(hour, minute), ZoneOffset.UTC).toInstant().toString();
	}

	private static Mention mention(Forum forum, int thread, String text, String lang, String date, String author) {
		String url = "https://" + forum.host() + "/t5/sample/thread-" + thread;
		String postUrl = url + "#post-1";
		String fetched = java.time.Instant.parse(date).plusSeconds(3600).toString();
		return new Mention(Mention.idFor(url, postUrl), forum.source(), url, postUrl, title(text), author, date, lang,
				text, fetched, 200, null, EXTRACTOR);
	}

	private static String title(String text) {
		int end = text.indexOf(',');
		String first = end > 10 ? text.substring(0, end) : text;
		return first.length() > 60 ? first.substring(0, 60) : first;
	}
}
