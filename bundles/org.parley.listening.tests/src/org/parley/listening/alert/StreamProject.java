package org.parley.listening.alert;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.parley.core.sample.SampleProject;
import org.parley.core.storage.ProjectStore;
import org.parley.listening.analyse.AnalysisRun;
import org.parley.listening.analyse.MentionAnalyser;
import org.parley.listening.analyse.TweetCorpus;
import org.parley.listening.store.Mention;
import org.parley.listening.store.MentionStore;
import org.parley.model.Plan;

/**
 * A sample project on disk whose mentions are five weeks of real tweets (60 a day) plus, on the last day, a burst of
 * French posts about a giffgaff 4G outage from 2 authors an hour; analysed by the given analyser and stored.
 */
public final class StreamProject {

	/** When the burst starts: five weeks after the stream's start, at 06:00 UTC. */
	public static final Instant BURST = SimulatedStream.START.plus(Duration.ofDays(35)).plus(Duration.ofHours(6));
	public static final Instant END = BURST.plus(Duration.ofHours(12));

	private StreamProject() {
	}

	/** Creates the project in {@code dir} and returns its plan. */
	public static Plan create(Path dir, MentionAnalyser analyser) throws IOException {
		ProjectStore store = new ProjectStore();
		Plan plan = SampleProject.create();
		store.save(store.create(dir, plan));
		SimulatedStream stream = new SimulatedStream(TweetCorpus.all(), 11);
		List<Mention> mentions = new ArrayList<>();
		for (Observation post : stream.background(5, 60)) {
			mentions.add(mention(post, post.mentionId().hashCode() % 3 == 0 ? "Forum" : "X"));
		}
		List<String> giffgaff = SimulatedStream.PANNE_4G.stream().map(t -> t + " @giffgaff").toList();
		for (Observation post : stream.burst(new SimulatedStream.Burst("panne", giffgaff, BURST, 2, 12))) {
			mentions.add(mention(post, "X"));
		}
		new MentionStore(dir).add(mentions);
		new AnalysisRun(dir, analyser).run(false, p -> { }, () -> false);
		return plan;
	}

	private static Mention mention(Observation post, String source) {
		return TweetCorpus.mention(post.mentionId(), source, post.author(), post.time(), post.text());
	}
}
