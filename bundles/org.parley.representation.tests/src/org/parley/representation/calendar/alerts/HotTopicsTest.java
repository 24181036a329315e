package org.parley.representation.calendar.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.storage.ProjectStore;
import org.parley.listening.alert.Alert;
import org.parley.listening.store.Mention;
import org.parley.listening.store.MentionStore;
import org.parley.model.ContentCategoryKind;
import org.parley.model.ContentItem;
import org.parley.model.ContentStatus;
import org.parley.model.Plan;
import org.parley.model.Schedule;
import org.parley.representation.calendar.SampleOnDisk;
import org.parley.representation.calendar.edit.ItemFromAlert;

/**
 * Hot topics from mention files on disk (five weeks of real tweets, then an evening of outage complaints), and the
 * draft item an alert becomes.
 */
class HotTopicsTest {

	private static final Instant START = Instant.parse("2027-01-04T00:00:00Z");

	@TempDir
	Path folder;

	@Test
	void aProjectWithoutMentionsSaysHowToGetSome() throws IOException {
		SampleOnDisk sample = SampleOnDisk.create(folder);

		HotTopics topics = HotTopics.load(folder, sample.plan());

		assertThat(topics.alerts()).isEmpty();
		assertThat(topics.emptyText()).isEqualTo("No listening data yet: crawl sources, then run analysis.");
	}

	@Test
	void anOutageBecomesADraftInTheBacklogOfTheOutageCellQuotingThePosts() throws IOException {
		SampleOnDisk sample = SampleOnDisk.create(folder);
		storeMentions(folder);

		HotTopics topics = HotTopics.load(folder, sample.plan());
		Alert outage = topics.alerts().stream().filter(a -> a.term().contains("outage")).findFirst().orElseThrow();
		assertThat(outage.cellId()).isNotNull();
		assertThat(topics.emptyText()).isNull();

		ItemFromAlert.Created created = new ItemFromAlert(sample.domain()).create(sample.plan(), outage,
				topics.exampleTexts());
		sample.domain().getCommandStack().execute(created.command());

		ContentItem item = created.item();
		assertThat(item.getStatus()).isEqualTo(ContentStatus.DRAFT);
		assertThat(item.getScheduledAt()).isNull();
		assertThat(item.getCell().getId()).isEqualTo(outage.cellId());
		assertThat(item.getCategory().getKind()).isEqualTo(ContentCategoryKind.QUESTION_AND_ANSWER);
		assertThat(item.getTitle()).isEqualTo("Hot topic: " + outage.term());
		assertThat(item.getBody()).contains(outage.voices() + " voices", "What they say:", "outage");
		assertThat(((Schedule) item.eContainer()).eResource().getURI().lastSegment()).isEqualTo("backlog.parley");

		sample.save();
		Plan reloaded = new ProjectStore().load(folder).plan();
		assertThat(reloaded.getSchedules().stream().flatMap(s -> s.getItems().stream())
				.filter(i -> i.getId().equals(item.getId()))).singleElement().satisfies(i -> {
					assertThat(i.getTitle()).isEqualTo(item.getTitle());
					assertThat(EcoreUtil.getURI(i).path()).endsWith("calendar/backlog.parley");
				});

		sample.domain().getCommandStack().undo();
		assertThat(item.eContainer()).isNull();
	}

	@Test
	void growthReadsAsARatioOrAsNewWhenNobodySaidItBefore() {
		assertThat(ItemFromAlert.growth(alert(4.24, 2))).isEqualTo("×4.2");
		assertThat(ItemFromAlert.growth(alert(37.4, 1))).isEqualTo("×37");
		assertThat(ItemFromAlert.growth(alert(1475.3, 0))).isEqualTo("new");
	}

	private static Alert alert(double growth, int baselineVoices) {
		return new Alert("outage", null, START, growth, 12, baselineVoices, 12, 1e-9, true, List.of(), null, null, null);
	}

	/** 35 days of 40 real tweets a day by 300 people, then 30 people reporting an outage over ten hours. */
	private static void storeMentions(Path project) throws IOException {
		List<String> tweets = Files.readAllLines(corpora().resolve("sentiment-umsab/english/train_text.txt"),
				StandardCharsets.UTF_8).stream().filter(t -> !t.isBlank()).toList();
		List<Mention> mentions = new ArrayList<>();
		int n = 0;
		for (int day = 0; day < 35; day++) {
			for (int post = 0; post < 40; post++, n++) {
				Instant at = START.plus(Duration.ofDays(day)).plus(Duration.ofMinutes(post * 36L));
				mentions.add(mention("bg-" + n, "user" + (n * 7 % 300), at, tweets.get(n % tweets.size())));
			}
		}
		Instant burst = START.plus(Duration.ofDays(35)).plus(Duration.ofHours(8));
		for (int i = 0; i < 30; i++) {
			Instant at = burst.plus(Duration.ofMinutes(i * 20L));
			mentions.add(mention("burst-" + i, "member" + i, at,
					"Network outage again in " + (i % 2 == 0 ? "Leeds" : "Bristol") + ", no signal since " + (6 + i % 5)
							+ " this morning @giffgaff"));
		}
		new MentionStore(project).add(mentions);
	}

	private static Mention mention(String key, String author, Instant at, String text) {
		String url = "https://social.example/x/" + key;
		return new Mention(Mention.idFor(url, "post"), "X", url, url, null, author, at.toString(), "en", text,
				at.toString(), 200, "sha256:" + key, "test");
	}

	private static Path corpora() {
		Path dir = Path.of("").toAbsolutePath();
		while (dir != null && !Files.isDirectory(dir.resolve(".mvn"))) {
			dir = dir.getParent();
		}
		return dir.resolve("../shared/corpora").normalize();
	}
}
